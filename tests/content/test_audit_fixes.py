"""The corrections of the content audit (shared reference content-audit.md, 2026-12-07): each
test reads the shipped packs and fails on the texts the audit found wrong or partial."""

from __future__ import annotations

import pytest

from app.content.obligations import load_catalogue
from app.content.packs import load_packs, shipped_root


@pytest.fixture(scope="module")
def shipped():
    packs = load_packs([("", shipped_root())])
    assert packs.problems == ()
    return packs


def _guide(packs, guide_id: str, lang: str = "fr") -> str:
    return " ".join(packs.guides[guide_id].paragraphs[lang])


def test_the_actualisation_dates_are_the_fixed_rule_not_a_moving_target(shipped):
    text = _guide(shipped, "guide.actualisation")
    assert "changent un peu" not in text
    assert "le 28 du mois" in text and "le 26 en février" in text and "le 15" in text
    assert "à minuit" in text
    # A cessation of registration can be contested (réclamation, then the médiateur).
    assert "contester" in text and "médiateur" in text


def test_the_defenseur_des_droits_does_not_stop_court_deadlines(shipped):
    text = _guide(shipped, "guide.aide_gratuite")
    assert "Défenseur des droits" in text
    assert "n’arrête pas les délais" in text
    assert "après vos démarches" in text


def test_a_caf_decision_names_the_body_that_depends_on_the_benefit(shipped):
    step = shipped.procedures["proc.caf.decision"].steps[0]
    addressee = step.addressee["fr"]
    assert "APL" in addressee and "directeur" in addressee
    assert "RSA" in addressee and "Département" in addressee
    facts = " ".join(u["en"] for u in shipped.procedures["proc.caf.decision"].info.unverified)
    # Resolved by the audit: the CRA, then the administrative court.
    assert "prime d'activité" not in facts


def test_papers_requested_no_longer_cite_the_articles_on_changes_of_situation(shipped):
    proc = shipped.procedures["proc.documents_request"]
    assert not any("R5411-6" in s.article for s in proc.info.legal)
    assert any("R262-37" in u["fr"] for u in proc.info.unverified)


def test_a_stopped_dtr_payment_is_not_said_to_be_lost_for_sure(shipped):
    text = _guide(shipped, "guide.dtr")
    assert "En général, il n’est pas rattrapé" not in text
    assert "peut ne pas être rattrapé" in text


def test_unverifiable_claims_of_the_audit_are_marked(shipped):
    facts = {rule.id: " ".join(u["fr"] for u in rule.unverified) for rule in shipped.rules()}
    assert "travail gratuit" in facts["guide.contrat_heures"]
    assert "Corriger en ligne" in facts["guide.actualisation"]
    catalogue = load_catalogue()
    refs = {t.id: " ".join(t.legal_refs) for t in catalogue.templates}
    assert "R241-31" in refs["mdph.rqth_renouvellement"]
    assert "unverified" in refs["mdph.rqth_renouvellement"]
    assert "25th" in refs["caf.dtr"] and "unverified" in refs["caf.dtr"]


def test_the_reclamation_letter_says_which_body_and_what_to_attach(shipped):
    letter = shipped.letters["letter.reclamation"]
    assert "organisme nommé sur la décision" in letter.purpose["fr"]
    assert "réclamation" in letter.body["fr"] and "réponse" in letter.body["fr"]


# -- MDPH decisions (issue 13, part 2) ------------------------------------------------------------
def test_an_mdph_decision_has_its_own_procedure_with_the_mandatory_rapo(shipped):
    proc = shipped.procedure_for("mdph", "decision")
    assert proc is not None and proc.id == "proc.mdph.decision"  # it fell to `general` before
    rapo = proc.steps[0]
    assert (rapo.key, str(rapo.deadline), rapo.runs_from.value) == ("rapo", "P2M", "notification")
    assert rapo.mandatory and rapo.needs_appeal_mention
    assert "letter.rapo_mdph" in rapo.letters
    # The court depends on the right: one question, « Je ne sais pas » gives both.
    steps = {s.key: s for s in proc.steps}
    assert [t.key for t in proc.timings("work")] == ["rapo", "court_admin"]
    assert [t.key for t in proc.timings("benefit")] == ["rapo", "court_social"]
    assert [t.key for t in proc.timings("unknown")] == [t.key for t in proc.timings()]
    assert steps["court_admin"].name["fr"] == "Aller au tribunal administratif"
    assert "RQTH" in steps["court_admin"].what["fr"]
    assert "pôle social du tribunal judiciaire" in steps["court_social"].name["fr"]
    assert "AAH" in steps["court_social"].what["fr"]
    court = steps["court"]
    assert (str(court.deadline), court.runs_from.value) == ("P2M", "answer")
    assert "RQTH" in court.addressee["fr"] and "tribunal administratif" in court.addressee["fr"]
    assert "AAH" in court.addressee["fr"]
    assert "pôle social du tribunal judiciaire" in court.addressee["fr"]
    letter = shipped.letters["letter.rapo_mdph"]
    assert "recours administratif préalable obligatoire" in letter.body["fr"]
    assert "entendu" in letter.body["fr"]
    assert "letter.rapo_mdph" in shipped.guides["guide.contester_mdph"].letters


def test_the_rqth_renewal_links_to_the_mdph_guide():
    template = load_catalogue().template("mdph.rqth_renouvellement")
    assert template is not None and template.guide == "guide.contester_mdph"
    assert "2 mois pour contester" in template.explanation["fr"]


# -- money and deadline protections (issue 13, part 4) --------------------------------------------
def test_an_rsa_overpayment_appeal_suspends_the_recovery_and_a_write_off_can_be_asked(shipped):
    rapo = shipped.procedures["proc.rsa.decision"].steps[0]
    assert "suspend le remboursement" in rapo.what["fr"]
    assert "remise de dette" in rapo.what["fr"]
    assert {"letter.rapo_indu", "letter.remise_dette"} <= set(rapo.letters)
    articles = [s.article for s in shipped.procedures["proc.rsa.decision"].info.legal]
    assert any(a.startswith("L262-46") for a in articles)
    indu = shipped.letters["letter.rapo_indu"].body["fr"]
    assert "caractère suspensif" in indu and "L262-46" in indu
    remise = shipped.letters["letter.remise_dette"].body["fr"]
    assert "remise" in remise and "bonne foi" in remise
    assert "indu" in _guide(shipped, "guide.contester_rsa")


def test_the_deadline_protections_are_explained(shipped):
    text = _guide(shipped, "guide.proteger_delais")
    assert "date de la poste" in text  # CRPA L112-1
    assert "aide juridictionnelle" in text and "Le délai s’arrête" in text
    assert "référé-suspension" in text and "demandez de l’aide" in text
    assert "Défenseur des droits" in text and "n’arrête pas les délais" in text
    assert "accusé de réception" in text
    legal = {s.article for s in shipped.guides["guide.proteger_delais"].info.legal}
    assert {"43", "L521-1 (référé-suspension)"} <= legal
