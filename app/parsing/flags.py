"""Words that matter to the person: "obligatoire", a sanction mentioned, what kind of message.

These are flags with the words quoted, never a verdict: "the message speaks of a suspension"
is what Repères says, not "you will be sanctioned" (handbook §1.5)."""

from __future__ import annotations

import re

from ..domain.appointments import Source
from .model import Found, MessageKind
from .text import Span, sentence_at, tidy

_MANDATORY = re.compile(
    r"(?<![\w])(?:(?<!prealable\s)obligatoires?(?!\s+a\s+(?:fournir|joindre))|convocation|convoquee?s?(?:\(e\))?"
    r"(?![\w])|votre\s+presence\s+(?:y\s+)?est\s+(?:indispensable|obligatoire|imperative|requise|"
    r"necessaire|attendue)|presence\s+(?:obligatoire|indispensable|imperative|requise)|"
    r"vous\s+devez\s+(?:imperativement\s+|obligatoirement\s+)?(?:vous\s+presenter|vous\s+rendre|"
    r"etre\s+present|participer|vous\s+connecter|venir)|imperatif|imperativement|"
    r"vous\s+etes\s+tenue?(?:\(e\))?\s+de|ne\s+peut\s+(?:pas\s+)?etre\s+(?:refuse|annule))"
)
_NOT_MANDATORY = re.compile(
    r"(?<![\w])(?:facultati(?:f|ve)|pas\s+obligatoire|non\s+obligatoire|n'est\s+pas\s+une\s+"
    r"convocation|libre\s+(?:a\s+vous|de\s+venir)|sans\s+obligation|si\s+vous\s+le\s+souhaitez)"
)
_NEGATION_BEFORE = re.compile(r"(?:\bpas|\bnon|\bsans|\bni|n'est\s+pas(?:\s+une)?)\s+$")
_SANCTION = re.compile(
    r"(?<![\w])(?:radiation|radiee?s?(?:\(e\))?(?![\w])|suspension|suspendu\w*|suspendre|sanctions?|"
    r"sanctionnee?s?|reduction|reduite?s?(?![\w])|suppression|supprimee?s?(?![\w])|"
    r"pourrai(?:t|ent)\s+entrainer|peu(?:t|vent)\s+entrainer|pourra\s+entrainer|entrainera|"
    r"fin\s+de\s+(?:vos|votre|ton|tes)\s+droits?|perte\s+de\s+(?:vos|votre)|"
    r"arret\s+(?:du|de\s+vos|de\s+votre)\s+(?:versement|paiement|droit|allocation)|manquements?|"
    r"penalites?|amende|interruption\s+(?:de\s+vos|du|de\s+votre)\s+(?:droits?|versement|paiement)|"
    r"cessation\s+d'inscription|desinscri\w*|remobilisation)"
)
SANCTION_SENTENCES_MAX = 10

# Signals for each kind of message; a kind needs enough of them (see message_kind).
_SANCTION_NOTICE = (
    r"envisag\w*\s+(?:de\s+|une\s+|la\s+|l')?(?:sanction|radiation|suspension|reduction|"
    r"suppression|prononcer|vous\s+radier|supprimer|suspendre|reduire)",
    r"sanction\s+envisagee|projet\s+de\s+sanction|mesure\s+envisagee|(?:sanction|radiation|"
    r"suspension|reduction|suppression)[^.]{0,60}(?:est|sont|serait|pourrait\s+etre)\s+envisagee",
    r"(?:presenter|faire\s+part\s+de|transmettre|formuler|adresser)\s+(?:vos|des)\s+observations|"
    r"observations\s+(?:ecrites|par\s+ecrit)|"
    r"faire\s+valoir\s+vos\s+(?:observations|explications|arguments)",
    r"(?:delai\s+de|dans\s+les|sous|avez|disposez\s+d'un\s+delai\s+de)\s+(?:10|dix)\s+jours",
    r"avant\s+toute\s+decision|procedure\s+contradictoire|etre\s+entendue?",
    r"avertissement|premier\s+manquement|manquement",
)
_DECISION = (
    r"nous\s+avons\s+decide|a\s+decide|ai\s+decide|il\s+a\s+ete\s+decide|decidons",
    r"decision|notification",
    r"voies\s+et\s+delais\s+de\s+recours|contester\s+cette\s+decision|recours\s+administratif|"
    r"\brapo\b|mediateur|tribunal\s+administratif|commission\s+de\s+recours",
    r"a\s+compter\s+du|a\s+partir\s+du\s+[0-9]|prend\s+effet",
)
# A decision of the MDPH's commission (RQTH, AAH, orientation, PCH…): it names the session the
# case was examined at ("séance du 28 octobre"), a past day that must not make it a convocation.
_MDPH_DECISION = re.compile(
    r"(?:\bcdaph\b|commission\s+des\s+droits\s+et\s+de\s+l'autonomie)[\s\S]{0,300}?"
    r"\ba\s+(?:decide|accorde|refuse|rejete|attribue|reconnu|prononce|emis\s+un\s+avis)|"
    r"decisions?\s+(?:de\s+la|prises?\s+par\s+la)\s+(?:cdaph|commission\s+des\s+droits)|"
    r"notification\s+de\s+(?:la\s+)?decision[\s\S]{0,400}?(?:cdaph|mdph|commission\s+des\s+droits)"
)
_APPOINTMENT_WORDS = re.compile(
    r"rendez-vous|\brdv\b|convoc|convoqu|entretien|atelier|reunion|information\s+collective|"
    r"session|invit|presenter|rencontre|se\s+tiendra|aura\s+lieu|a\s+lieu|visio|appellera|"
    r"accueil|seance|permanence|forum|job\s*dating|attend|appel|recevra"
)
_REQUEST_WORDS = re.compile(
    r"envoyer|transmettre|faire\s+parvenir|fournir|adresser|retourner|deposer|telecharger|"
    r"pieces?\s+justificatives?|justificatifs?|dossier\s+incomplet|documents?\s+manquants?|"
    r"nous\s+avons\s+besoin"
)
_FRENCH = re.compile(
    r"(?<![\w])(?:le|la|les|de|des|du|vous|votre|vos|et|est|un|une|pour|au|aux|avec|dans|sur|"
    r"nous|merci|bonjour|madame|monsieur|rendez-vous|rdv|ton|ta|tes|te|tu|se|ce|cette|en|par|"
    r"il|elle|sont|pas|ne|qui|que|lien|entretien)(?![\w])"
)
_ENGLISH = re.compile(
    r"(?<![\w])(?:the|you|your|is|are|and|to|of|on|at|please|appointment|with|for|we|will|have"
    r"|this|that)(?![\w])"
)


def _count(patterns: tuple[str, ...], folded: str) -> int:
    return sum(1 for p in patterns if re.search(p, folded))


_MANDATORY_HINTS = (
    "oblig",
    "convo",
    "presence",
    "vous devez",
    "imperati",
    "tenu",
    "ne peut",
    "facultati",
    "libre",
    "souhaitez",
)


def find_mandatory(text: str, folded: str) -> Found[bool]:
    if not any(hint in folded for hint in _MANDATORY_HINTS):
        return Found(False, 0.5, None)
    not_mandatory = _NOT_MANDATORY.search(folded)
    for m in _MANDATORY.finditer(folded):
        if _NEGATION_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            continue
        if not_mandatory is not None and abs(not_mandatory.start() - m.start()) < 200:
            continue  # "ce n'est pas une convocation", said next to the word
        span = Span(*m.span())
        return Found(True, 0.9 if "convoc" not in m.group(0) else 0.8, span, span.quote(text))
    if not_mandatory:
        span = Span(*not_mandatory.span())
        return Found(False, 0.8, span, span.quote(text))
    return Found(False, 0.5, None)


def find_sanction_sentences(text: str, folded: str) -> list[Found[str]]:
    """Each sentence that speaks of a sanction or a consequence, quoted as written."""
    found: list[Found[str]] = []
    last_end = -1
    for m in _SANCTION.finditer(folded):
        if m.start() < last_end:
            continue
        sentence = sentence_at(folded, m.start())
        last_end = sentence.end
        quote = tidy(sentence.quote(text))
        found.append(Found(quote, 0.9, sentence, quote))
        if len(found) >= SANCTION_SENTENCES_MAX:
            break
    return found


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[a-z]")
SAMPLE = 20_000


def looks_french(folded: str) -> bool:
    letters = len(_LETTER.findall(folded, 0, SAMPLE))
    if letters == 0:
        return False
    latin = len(_LATIN.findall(folded, 0, SAMPLE))
    if latin / letters < 0.5:
        return False  # mostly Arabic, Cyrillic, Chinese…
    french = len(_FRENCH.findall(folded, 0, SAMPLE))
    english = len(_ENGLISH.findall(folded, 0, SAMPLE))
    return not (english >= 2 and english > french) and (french >= 1 or english == 0)


def message_kind(
    folded: str, *, has_appointment: bool, has_items: bool, french: bool
) -> Found[MessageKind]:
    if not folded.strip() or not (french or has_appointment):
        return Found(MessageKind.OTHER, 0.6, None)
    if _count(_SANCTION_NOTICE, folded) >= 2 and re.search(
        r"envisag|observations|avant\s+toute\s+decision|avertissement", folded
    ):
        return Found(MessageKind.SANCTION_NOTICE, 0.75, None)
    if ("cdaph" in folded or "autonomie" in folded) and _MDPH_DECISION.search(folded):
        return Found(MessageKind.DECISION, 0.75, None)
    if has_appointment:
        # A day (or a time) to go somewhere decides it; the words only make it surer.
        return Found(
            MessageKind.CONVOCATION, 0.85 if _APPOINTMENT_WORDS.search(folded) else 0.6, None
        )
    decision = _count(_DECISION, folded)
    if decision >= 2 and (re.search(_DECISION[0], folded) or re.search(_DECISION[2], folded)):
        return Found(MessageKind.DECISION, 0.7, None)
    if has_items and _REQUEST_WORDS.search(folded):
        return Found(MessageKind.DOCUMENT_REQUEST, 0.75, None)
    if re.search(r"convoqu", folded):
        return Found(MessageKind.CONVOCATION, 0.6, None)
    return Found(MessageKind.INFORMATION, 0.5, None)


# A line that starts with "Objet :" (blank lines before it allowed): "[^\S\n]*" rather than
# "\s*" after the line break, or every line of a run of blank lines scanned the rest of it.
_MAIL_HEADER = re.compile(r"(?:^|\n)[^\S\n]*+(?:de|from|a|to|objet|subject|envoye)\s*+:")
_LETTER_WORDS = re.compile(r"madame,?\s+monsieur|(?:^|\n)[^\S\n]*+objet\s*+:|veuillez\s+agreer")


def guess_source(folded: str) -> Source:
    """How the message probably came: the screen lets the person correct it."""
    head = folded[:600]
    if _MAIL_HEADER.search(head) and "@" in folded:
        return Source.EMAIL
    if _LETTER_WORDS.search(folded):
        return Source.LETTER
    if len(folded) < 500:
        return Source.SMS
    return Source.LETTER if len(folded) > 1500 else Source.EMAIL
