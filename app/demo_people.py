"""The invented people and places of the training carnet: organisations and contacts.

Everything is invented: the town (Bourg-les-Tilleuls), the conseillers, the employers. Phone
numbers use the 01 99 00 xx xx range kept for fiction; e-mail addresses end in ".example", a
name reserved for examples that no mail server answers.
"""

from __future__ import annotations

from .domain.contacts import Contact, ContactRole
from .domain.organisations import Organisation, OrganisationKind

K = OrganisationKind
ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation(
        "France Travail – agence de Bourg-les-Tilleuls", K.FRANCE_TRAVAIL, "39 49",
        "Du lundi au vendredi, 8 h 30 – 12 h 30. L'après-midi sur rendez-vous.",
        "Conseillère : Mme Sabrina Ouali.",
    ),
    Organisation(
        "Mission locale du Val des Tilleuls", K.MISSION_LOCALE, "01 99 00 12 40",
        "Du lundi au vendredi, 9 h – 17 h.", "Conseiller CEJ : M. Thomas Régnier.",
    ),
    Organisation("CAF", K.CAF, "", "", ""),
    Organisation(
        "Conseil départemental – service RSA", K.DEPARTEMENT, "01 99 00 37 15",
        "Accueil le mardi et le jeudi, 9 h – 12 h.", "Référente RSA : Mme Hélène Brossard.",
    ),
    Organisation(
        "Cap emploi", K.CAP_EMPLOI, "01 99 00 58 02", "",
        "Chargé d'accompagnement : M. Karim Benali.",
    ),
    Organisation("MDPH", K.MDPH, "01 99 00 64 90", "", ""),
    Organisation("Dr Anne Lefort, médecin traitant", K.HEALTH, "01 99 00 71 33", "", ""),
    Organisation("Centre médico-psychologique des Tilleuls", K.HEALTH, "01 99 00 71 80", "", ""),
    Organisation("Formapro Tilleuls (organisme de formation)", K.TRAINING, "01 99 00 85 21"),
    Organisation("Boulangerie Marchal", K.EMPLOYER, "", "", ""),
    Organisation("Entrepôt LogiNord", K.EMPLOYER, "", "", ""),
    Organisation("Résidence Les Glycines (EHPAD)", K.EMPLOYER, "", "", ""),
    Organisation(
        "Médiathèque des Tilleuls – espace numérique", K.OTHER, "01 99 00 90 10",
        "Mardi et vendredi, 10 h – 12 h : aide pour les démarches en ligne.",
    ),
    Organisation("Épicerie solidaire des Tilleuls", K.OTHER, "01 99 00 93 44", "", ""),
)  # fmt: skip



FT, ML, CAF, DEP, CE, MDPH, DOC, CMP, TRAIN = (o.name for o in ORGANISATIONS[:9])
EMPLOYERS = tuple(o.name for o in ORGANISATIONS[9:12])
LIBRARY, GROCERY = (o.name for o in ORGANISATIONS[12:14])

R = ContactRole
# (organisation name, contact): ids 1..n in this order in a new carnet.
CONTACTS: tuple[tuple[str, Contact], ...] = (
    (FT, Contact("Mme Sabrina Ouali", R.CONSEILLER, phones=("39 49",),
                 email="s.ouali@francetravail.example",
                 hours="Répond aux messages de l'espace personnel sous 48 h.")),
    (ML, Contact("M. Thomas Régnier", R.CONSEILLER, phones=("01 99 00 12 41",),
                 email="t.regnier@missionlocale-tilleuls.example", hours="Lundi – jeudi")),
    (DEP, Contact("Mme Hélène Brossard", R.REFERENT, phones=("01 99 00 37 16",),
                  email="h.brossard@departement.example",
                  notes="Référente unique RSA. Prévenir par téléphone en cas d'absence.")),
    (DEP, Contact("Mme Nadia Ferrand", R.SOCIAL_WORKER, phones=("01 99 00 37 20",),
                  hours="Permanence le jeudi matin.", notes="Assistante sociale de secteur.")),
    (CE, Contact("M. Karim Benali", R.CONSEILLER, phones=("01 99 00 58 03", "06 99 00 58 03"),
                 email="k.benali@capemploi.example")),
    (CAF, Contact("Accueil CAF", R.RECEPTION, hours="Sur rendez-vous, prise de rendez-vous en "
                  "ligne ou par téléphone.")),
    (MDPH, Contact("Accueil MDPH", R.RECEPTION, phones=("01 99 00 64 90",))),
    (DOC, Contact("Dr Anne Lefort", R.HEALTH, phones=("01 99 00 71 33",))),
    (CMP, Contact("Mme Julie Caron", R.HEALTH, phones=("01 99 00 71 81",),
                  notes="Psychologue au CMP.")),
    (TRAIN, Contact("M. Olivier Pasquier", R.OTHER, phones=("01 99 00 85 22",),
                    email="o.pasquier@formapro.example", notes="Formateur.")),
    (EMPLOYERS[0], Contact("Mme Élise Marchal", R.EMPLOYER, phones=("01 99 00 40 12",))),
)  # fmt: skip

# Who the person meets at each organisation (the contact of its appointments), by index above.
MAIN_CONTACT = {FT: 0, ML: 1, DEP: 2, CE: 4, CMP: 8, TRAIN: 9}
