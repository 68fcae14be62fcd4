"""The `reperes` command line: the app itself, and the admin and automation commands.

The GUI is not imported here (app/ never imports Qt): ui.launcher passes a `gui` callable.

Exit codes (stable, documented in the README):
    0  ok                          6  not a carnet
    1  other error                 7  unsafe SQLCipher settings (refused to open)
    2  bad command line            8  storage error (disk full, stick pulled, read-only)
    3  wrong passphrase or code    9  carnet already open in another Repères
    4  damaged carnet             10  a carnet already exists there
    5  made by a newer Repères    11  passphrase too easy to guess
                                  12  a content pack refused (check-content)
                                  14  some files not added (add-documents; the others were)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

# Shared with app/commands.py, which this module imports when a command is given: they live
# apart so that neither module imports the other back.
from .cli_common import EXIT_CONTENT, EXIT_ERROR, EXIT_OK, EXIT_USAGE, read_passphrase_file

__all__ = ["EXIT_CONTENT", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main",
           "read_passphrase_file"]  # fmt: skip

GuiEntry = Callable[[argparse.Namespace], int]
# Renders a printed sheet (app.sheets.Sheet) to PDF bytes: Qt's, passed in by ui.launcher.
PdfRenderer = Callable[[object], bytes]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reperes",
        description="Repères : votre carnet de rendez-vous et de démarches, hors ligne et chiffré.",
    )
    parser.add_argument("--carnet", metavar="PATH", help="dossier du carnet à ouvrir")
    parser.add_argument(
        "--passphrase-file", metavar="F", help="fichier contenant la phrase de passe (formation)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="affiche le premier écran (ou Aujourd'hui si le carnet s'ouvre) puis quitte",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    demo = sub.add_parser("demo", help="crée un carnet d'entraînement avec des données inventées")
    demo.add_argument("path", metavar="PATH")
    demo.add_argument("--years", type=int, default=1)
    demo.add_argument("--passphrase-file", dest="sub_passphrase_file", metavar="F")
    demo.add_argument(
        "--show-recovery-code", action="store_true", help="affiche aussi le code de secours"
    )

    check = sub.add_parser("check", help="vérifie un carnet et affiche un résumé JSON")
    check.add_argument("path", metavar="PATH")
    check.add_argument("--passphrase-file", dest="sub_passphrase_file", metavar="F")

    imp = sub.add_parser("import-ics", help="importe des rendez-vous d'un fichier .ics")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("file", metavar="FILE.ics")
    imp.add_argument("--passphrase-file", dest="sub_passphrase_file", metavar="F")

    add = sub.add_parser(
        "add-documents", help="ajoute des documents (photos JPEG ou PNG, PDF) en une fois"
    )
    add.add_argument("path", metavar="CARNET")
    add.add_argument("files", metavar="FILE", nargs="+")
    add.add_argument("--passphrase-file", dest="sub_passphrase_file", metavar="F")
    add.add_argument(
        "--kind",
        default="letter",
        choices=["letter", "decision", "proof", "contract", "payslip", "identity", "other"],
        help="la sorte de papier, pour tous les fichiers (par défaut : letter, un courrier)",
    )

    exp = sub.add_parser("export-ics", help="exporte les rendez-vous dans un fichier .ics")
    exp.add_argument("path", metavar="PATH")
    exp.add_argument("out", metavar="OUT.ics")
    exp.add_argument("--passphrase-file", dest="sub_passphrase_file", metavar="F")

    say = sub.add_parser("say", help="teste la voix")
    say.add_argument("text", metavar="TEXT")
    say.add_argument("--wav", metavar="OUT")

    parse = sub.add_parser(
        "parse-message",
        help="montre ce que Repères lit dans un message (texte, ou photo ou PDF d’une lettre)",
    )
    parse.add_argument("file", metavar="FILE")
    parse.add_argument("--received", metavar="AAAA-MM-JJ", help="jour de réception du message")
    parse.add_argument("--json", action="store_true", help="tout le détail, en JSON")

    dl = sub.add_parser(
        "deadline",
        help="les étapes d'une démarche, leurs derniers jours et dates sûres (comme l'écran)",
    )
    dl.add_argument("procedure", metavar="PROCEDURE_ID", nargs="?", help="ex. proc.ft.decision")
    dl.add_argument("--list", action="store_true", help="liste les identifiants des démarches")
    dl.add_argument("--letter-date", metavar="AAAA-MM-JJ", help="date écrite sur la lettre")
    dl.add_argument("--received", metavar="AAAA-MM-JJ", help="jour de réception de la lettre")
    dl.add_argument("--subject", metavar="S", help="sujet de la décision (voir --list)")
    dl.add_argument(
        "--mention",
        choices=("yes", "no", "unknown"),
        default="yes",
        help="la décision dit-elle ses voies et délais de recours ? (yes par défaut)",
    )
    dl.add_argument("--json", action="store_true", help="tout le détail, en JSON")

    content = sub.add_parser(
        "check-content",
        help="vérifie les règles, guides et modèles de lettres ; liste les règles à revoir",
    )
    content.add_argument("folder", metavar="FOLDER", nargs="?", help="dossier de contenus local")
    content.add_argument("--json", action="store_true", help="tout le détail, en JSON")
    content.add_argument("--today", metavar="AAAA-MM-JJ", help="le jour de référence")
    content.add_argument(
        "--review",
        metavar="FICHIER.pdf",
        help="écrit la feuille de relecture : une règle par bloc, ses preuves, une case à cocher",
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    gui: GuiEntry | None = None,
    pdf: PdfRenderer | None = None,
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.render_pdf = pdf
    if args.command is None:
        if gui is None:
            print("L'interface n'est pas disponible ici.", file=sys.stderr)
            return EXIT_ERROR
        return gui(args)
    # Subcommands are filled in by app/commands.py (see there).
    from . import commands

    return commands.run(args)


if __name__ == "__main__":
    sys.exit(main())
