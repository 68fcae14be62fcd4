"""The review sheet of `reperes check-content --review FILE.pdf`: one block per rule, with what
the rule says, the evidence beside it (address, decisive sentence, day read) and boxes to tick,
for a legal volunteer of an association who checks the packs on paper.

Plain structure (app.sheets.Sheet): ui/printing.py renders it; app/ never imports Qt. The sheet is
in French, the reviewers' language; the quotes are French as read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.obligations import ObligationTemplate, Verification
from ..sheets.model import Line, Section, Sheet
from .obligations import ContentError, load_catalogue
from .packs import Guide, LetterTemplate, Packs, Procedure, load_packs, local_root, shipped_root
from .rules import RuleInfo

_STATUS = {
    Verification.VERIFIED: "vérifiée sur le texte (voir les preuves)",
    Verification.PARTIAL: "vérifiée en partie",
    Verification.UNVERIFIED: "non vérifiée",
}
_RUNS_FROM = {
    "receipt": "à partir du jour de réception",
    "notification": "à partir de la notification",
    "letter_date": "à partir de la date de la lettre",
    "end_of_mediation": "à partir de la fin de la médiation",
    "answer": "à partir de la réponse (ou du silence)",
}


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _period(text: str) -> str:
    """P10D, P2M, P1Y in words."""
    words = {"D": ("jour", "jours"), "M": ("mois", "mois"), "Y": ("an", "ans")}
    number, unit = text[1:-1], text[-1]
    one, many = words.get(unit, ("", ""))
    return f"{number} {one if number == '1' else many}" if number.isdigit() else text


def _claim_procedure(p: Procedure) -> list[Line]:
    lines = []
    for i, step in enumerate(p.steps, 1):
        when = ""
        if step.deadline is not None:
            when = f" — délai : {_period(str(step.deadline))}, "
            when += _RUNS_FROM.get(step.runs_from.value, step.runs_from.value)
        must = " (obligatoire)" if step.mandatory else ""
        lines.append(Line(f"Étape {i}{must} : {step.name.get('fr', '')}{when}."))
        lines.append(Line(f"À qui : {step.addressee.get('fr', '')}"))
        lines.append(Line(f"Quoi : {step.what.get('fr', '')}"))
    lines.append(Line(f"Si c'est trop tard : {p.when_late.get('fr', '')}"))
    return lines


def _claim_guide(g: Guide) -> list[Line]:
    return [Line(text) for text in g.paragraphs.get("fr", ())]


def _claim_letter(t: LetterTemplate) -> list[Line]:
    return [Line(f"Usage : {t.purpose.get('fr', '')}"), Line(f"Objet : {t.subject.get('fr', '')}")]


def _rule_block(info: RuleInfo, title: str, claim: list[Line]) -> Section:
    lines = [Line("Ce que dit la règle :", big=True), *claim]
    lines.append(
        Line(
            f"Statut : {_STATUS[info.verification]}, confiance {info.confidence.value} ; "
            f"relue le {_day(info.last_reviewed)} ; fichier {info.file}."
        )
    )
    if info.legal:
        lines.append(Line("Textes cités :", big=True))
        lines += [Line(f"{s.code}, {s.article} — {s.link}") for s in info.legal]
    lines += _evidence_lines(info.evidence, info.sources)
    if info.unverified:
        lines.append(Line("Marqué « non vérifié » :", big=True))
        lines += [Line(f"• {t.get('fr', '')}") for t in info.unverified]
    lines += _boxes()
    return Section(f"{info.id} — {title}", tuple(lines))


def _boxes() -> list[Line]:
    return [
        Line("Exact : la preuve dit bien ce que dit la règle.", tick=True),
        Line("À corriger (écrire quoi et la source) : ______________________________", tick=True),
        Line("Preuve introuvable ou périmée.", tick=True),
    ]


def _evidence_lines(evidence, sources) -> list[Line]:
    lines = [Line("Preuves :", big=True)]
    if evidence:
        for e in evidence:
            about = f" — {e.about}" if e.about else ""
            lines.append(Line(f"« {e.quote} »\n{e.url} (lu le {_day(e.read_on)}){about}"))
    else:
        lines.append(Line("Aucune preuve citée à côté de cette règle : à chercher."))
        lines += [Line(f"Source indiquée : {s}") for s in sources]
    return lines


def _obligation_block(t: ObligationTemplate) -> Section:
    lines = [
        Line("Ce que dit la règle :", big=True),
        Line(t.title.get("fr", "")),
        Line(t.explanation.get("fr", "")),
        Line(
            f"Statut : {_STATUS[t.verification]}, confiance {t.confidence.value} ; "
            f"relue le {_day(t.last_reviewed)} ; fichier obligations/."
        ),
        Line("Textes cités :", big=True),
        *(Line(ref) for ref in t.legal_refs),
        *_evidence_lines(t.evidence, t.source),
        *_boxes(),
    ]
    return Section(f"{t.id} — {t.title.get('fr', '')}", tuple(lines))


def review_sheet(today: date, folder: Path | None = None) -> Sheet:
    """Every rule of the shipped packs (and `folder`, or the local folder), one block each."""
    layers = [("", shipped_root())]
    extra = folder if folder is not None else local_root()
    if extra is not None:
        layers.append(("local:", Path(extra)))
    packs: Packs = load_packs(layers)
    blocks: list[tuple[str, Section]] = []
    infos = [*(p.info for p in packs.procedures.values()), *(g.info for g in packs.guides.values())]
    infos += [t.info for t in packs.letters.values()]
    with_evidence = sum(1 for info in infos if info.evidence)
    for p in packs.procedures.values():
        blocks.append((p.id, _rule_block(p.info, p.title.get("fr", ""), _claim_procedure(p))))
    for g in packs.guides.values():
        blocks.append((g.id, _rule_block(g.info, g.title.get("fr", ""), _claim_guide(g))))
    for t in packs.letters.values():
        blocks.append((t.id, _rule_block(t.info, t.title.get("fr", ""), _claim_letter(t))))
    try:
        catalogue = load_catalogue()
    except ContentError:
        catalogue = None  # check-content reports it; the packs are still worth reviewing
    if catalogue is not None:
        blocks += [(t.id, _obligation_block(t)) for t in catalogue.templates if t.id != "custom"]
        with_evidence += sum(1 for t in catalogue.templates if t.evidence)
    intro = Section(
        "",
        (
            Line(
                f"{len(blocks)} règles, dont {with_evidence} avec leurs preuves. Pour chaque "
                "règle : lisez ce qu'elle dit, ouvrez chaque adresse, vérifiez que la phrase citée "
                "y est et dit bien cela, puis cochez une case."
            ),
            Line(
                "Les pages ont été lues le jour indiqué, souvent dans une copie conservée : "
                "vérifiez le texte en vigueur sur Légifrance ou service-public.fr."
            ),
        ),
    )
    return Sheet(
        "Repères — relecture des règles",
        (intro, *(section for _, section in sorted(blocks, key=lambda b: b[0]))),
        footer=f"Fait le {_day(today)} par « reperes check-content --review ».",
        kind="content_review",
        file_name="reperes-relecture.pdf",
    )
