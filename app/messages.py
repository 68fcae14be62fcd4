"""Sentences of the `reperes` commands: French by default, English when LC_ALL, LC_MESSAGES or
LANG (the first one set, as POSIX reads them) starts with "en".

The screens translate with Qt Linguist; this small table serves the command line, which runs
without Qt. Codes are the ones errors and the domain carry (CarnetError.code, Problem.code,
IcsError.code, import skip reasons)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from .ics import IcsTexts

_M: dict[str, tuple[str, str]] = {
    # carnet errors (app/carnet/errors.py)
    "wrong_passphrase": (
        "Cette phrase de passe n'ouvre pas ce carnet.",
        "This passphrase does not open this carnet.",
    ),
    "wrong_recovery_code": (
        "Ce code de secours n'ouvre pas ce carnet.",
        "This recovery code does not open this carnet.",
    ),
    "damaged": (
        "Ce carnet est abîmé. Il n'a pas été modifié. Gardez une copie et demandez de l'aide.",
        "This carnet is damaged. It was not changed. Keep a copy and ask for help.",
    ),
    "newer_version": (
        "Ce carnet vient d'une version plus récente de Repères. Mettez Repères à jour.",
        "This carnet comes from a newer version of Repères. Please update Repères.",
    ),
    "not_a_carnet": (
        "Il n'y a pas de carnet Repères à cet endroit.",
        "There is no Repères carnet here.",
    ),
    "unsafe_settings": (
        "Le chiffrement n'a pas pu être réglé comme il faut. Le carnet n'a pas été ouvert.",
        "Encryption could not be set up safely. The carnet was not opened.",
    ),
    "storage": (
        "Impossible d'écrire sur le disque ou la clé USB. Rien d'enregistré n'a été perdu.",
        "Cannot write to the disk or USB stick. Nothing saved was lost.",
    ),
    "disk_full": (
        "Le disque ou la clé USB est plein. Rien d'enregistré n'a été perdu.",
        "The disk or USB stick is full. Nothing saved was lost.",
    ),
    "in_use": (
        "Ce carnet est déjà ouvert dans un autre Repères.",
        "This carnet is already open in another Repères.",
    ),
    "exists": (
        "Il y a déjà un carnet à cet endroit. Il n'a pas été touché.",
        "There is already a carnet here. It was not touched.",
    ),
    "weak_passphrase": (
        "Cette phrase de passe est trop facile à deviner. Choisissez-en une plus longue.",
        "This passphrase is too easy to guess. Choose a longer one.",
    ),
    "journal_broken": (
        "Le journal des échanges a été modifié en dehors de Repères, ou il est abîmé. "
        "Rien n'a été changé. Gardez une copie du carnet et demandez de l'aide.",
        "The journal of exchanges was changed outside Repères, or it is damaged. "
        "Nothing was changed. Keep a copy of the carnet and ask for help.",
    ),
    "locked": ("Le carnet est verrouillé.", "The carnet is locked."),
    "helper_refused": (
        "Pendant l'aide, ce changement n'est pas permis. Rien n'a été écrit.",
        "During the help, this change is not allowed. Nothing was written.",
    ),
    "upgrade_pending": (
        "Ce carnet vient d'une version plus ancienne de Repères. "
        "Il sera mis à jour à sa prochaine ouverture, après une copie de sécurité.",
        "This carnet comes from an older version of Repères. "
        "It will be brought up to date the next time it is opened, after a safety copy.",
    ),
    "carnet_error": ("Le carnet n'a pas pu être utilisé.", "The carnet could not be used."),
    "invalid_record": ("Des informations ne sont pas valides.", "Some information is not valid."),
    "not_found": ("Cet élément n'est pas dans le carnet.", "This item is not in the carnet."),
    "unexpected": (
        "Une erreur inattendue s'est produite ({kind}). Rien d'enregistré n'a été perdu.",
        "An unexpected error happened ({kind}). Nothing saved was lost.",
    ),
    # command line
    "no_passphrase": (
        "Il faut la phrase de passe : utilisez --passphrase-file FICHIER, "
        "ou lancez la commande dans un terminal.",
        "The passphrase is needed: use --passphrase-file FILE, or run the command in a terminal.",
    ),
    "passphrase_file_unreadable": (
        "Le fichier de la phrase de passe ne peut pas être lu.",
        "The passphrase file cannot be read.",
    ),
    "passphrase_prompt": ("Phrase de passe : ", "Passphrase: "),
    "passphrase_confirm": ("Encore une fois : ", "Once more: "),
    "passphrase_mismatch": (
        "Les deux phrases de passe sont différentes.",
        "The two passphrases are different.",
    ),
    "demo_years_range": (
        "Le nombre d'années doit être entre 1 et {max}.",
        "The number of years must be between 1 and {max}.",
    ),
    "demo_folder_not_empty": (
        "Ce dossier n'est pas vide : choisissez un dossier nouveau ou vide.",
        "This folder is not empty: choose a new or empty folder.",
    ),
    "demo_done": (
        "Carnet d'entraînement créé : {path}\n"
        "Ce carnet sert à s'entraîner. Tout y est inventé : {appointments} rendez-vous "
        "sur {years} an(s).",
        "Training carnet created: {path}\n"
        "This carnet is for practice. Everything in it is invented: {appointments} "
        "appointments over {years} year(s).",
    ),
    "recovery_code": ("Code de secours : {code}", "Recovery code: {code}"),
    "say_no_voice": (
        "Il n'y a pas de voix sur cet ordinateur (espeak-ng n'est pas installé).",
        "There is no voice on this computer (espeak-ng is not installed).",
    ),
    "say_no_audio": (
        "La voix est là, mais aucune sortie de son n'a été trouvée. "
        "Essayez --wav FICHIER pour écrire la voix dans un fichier.",
        "The voice is here, but no sound output was found. "
        "Try --wav FILE to write the voice to a file.",
    ),
    "say_wav_done": (
        "Voix écrite dans {path} ({seconds} secondes).",
        "Voice written to {path} ({seconds} seconds).",
    ),
    "add_added": (
        "[{i}/{n}] {name} : ajouté ({mb} Mo)",
        "[{i}/{n}] {name}: added ({mb} MB)",
    ),
    "add_present": (
        "[{i}/{n}] {name} : déjà dans le carnet, pas ajouté une 2e fois",
        "[{i}/{n}] {name}: already in the carnet, not added twice",
    ),
    "add_refused": (
        "[{i}/{n}] {name} : pas ajouté, {why}",
        "[{i}/{n}] {name}: not added, {why}",
    ),
    "add_done": (
        "Documents ajoutés : {added}. Déjà dans le carnet : {present}. Pas ajoutés : {refused}.",
        "Documents added: {added}. Already in the carnet: {present}. Not added: {refused}.",
    ),
    "file_unreadable": (
        "Le fichier ne peut pas être lu : {path}",
        "The file cannot be read: {path}",
    ),
    "export_target_is_folder": (
        "Donnez un nom de fichier, pas un dossier : {path}",
        "Give a file name, not a folder: {path}",
    ),
    "export_folder_missing": (
        "Le dossier de destination n'existe pas : {path}",
        "The destination folder does not exist: {path}",
    ),
    "export_done": (
        "Rendez-vous exportés : {count}, dans {path}\n"
        "Attention : ce fichier n'est pas chiffré. Gardez-le pour vous.",
        "Appointments exported: {count}, in {path}\n"
        "Careful: this file is not encrypted. Keep it to yourself.",
    ),
    "import_done": ("Rendez-vous importés : {count}.", "Appointments imported: {count}."),
    "import_already": (
        "Déjà dans le carnet (non modifiés) : {count}.",
        "Already in the carnet (left unchanged): {count}.",
    ),
    "import_skipped": ("Événements ignorés : {count}.", "Events skipped: {count}."),
    "skip_line": ("  - {reason} : {count}", "  - {reason}: {count}"),
    # calendar files (app/ics.py)
    "ics_empty": ("Le fichier est vide.", "The file is empty."),
    "ics_too_large": (
        "Le fichier est trop gros pour un calendrier.",
        "The file is too large for a calendar.",
    ),
    "ics_bytes_replaced": (
        "Des lettres du fichier étaient abîmées. Elles sont remplacées par « � ». "
        "Relisez les textes importés.",
        "Some letters in the file were damaged. They are replaced by « � ». "
        "Check the imported texts.",
    ),
    "input_not_a_file": (
        "Ce n'est pas un fichier ordinaire : {path}. Choisissez un fichier.",
        "This is not an ordinary file: {path}. Choose a file.",
    ),
    "ics_unreadable": (
        "Ce fichier n'est pas un calendrier (.ics) lisible. Rien n'a été importé.",
        "This file is not a readable calendar (.ics). Nothing was imported.",
    ),
    # why an event was skipped on import, or why a record was refused
    "no_start": ("sans date de début", "no start date"),
    "invalid_date": (
        "avec une date impossible (par exemple un 31 février)",
        "an impossible date (for example 31 February)",
    ),
    "all_day": ("sur une journée entière, sans heure", "all-day, without a time"),
    "recurring": ("répétitifs (pas encore pris en charge)", "repeating (not supported yet)"),
    "cancelled": ("annulés", "cancelled"),
    "duplicate": ("en double dans le fichier", "duplicated in the file"),
    "unreadable_event": ("illisibles", "unreadable"),
    "outside_calendar": (
        "écrits après la fin du calendrier (END:VCALENDAR)",
        "written after the end of the calendar (END:VCALENDAR)",
    ),
    "refused_time_zone": (
        "dans un fuseau horaire aux règles impossibles",
        "in a time zone with impossible rules",
    ),
    "end_before_start": (
        "l'heure de fin est avant l'heure de début",
        "the end time is before the start time",
    ),
    "nonexistent_time": (
        "cette heure n'existe pas ce jour-là (changement d'heure)",
        "this time does not exist that day (clock change)",
    ),
    "too_long_duration": ("dure plus de {limit} heures", "lasts more than {limit} hours"),
    "year_out_of_range": ("année impossible", "impossible year"),
    "naive_time": ("heure sans fuseau horaire", "time without a time zone"),
    "required": ("information obligatoire manquante", "required information missing"),
    "too_long": ("texte trop long", "text too long"),
    "too_many": ("trop d'éléments", "too many items"),
    "invalid_character": ("caractère non valide", "invalid character"),
    "unknown_value": ("valeur inconnue", "unknown value"),
    "not_yet_happened": (
        "ce rendez-vous n'a pas encore eu lieu",
        "this appointment has not happened yet",
    ),
    "moved_to_itself": (
        "un rendez-vous ne peut pas être déplacé vers lui-même",
        "an appointment cannot be moved to itself",
    ),
    "only_when_moved": (
        "le lien vers le nouveau rendez-vous sert seulement quand il est déplacé",
        "the link to the new appointment is only for moved appointments",
    ),
    # records: dates, hours, documents, contacts, obligations (app/domain)
    "impossible_date": (
        "cette date n'existe pas (par exemple un 31 février)",
        "this date does not exist (for example 31 February)",
    ),
    "not_a_date": ("ce n'est pas une date", "this is not a date"),
    "not_text": ("ce n'est pas du texte", "this is not text"),
    "not_a_number": ("ce n'est pas un nombre", "this is not a number"),
    "not_a_choice": ("répondez oui ou non", "answer yes or no"),
    "out_of_range": ("nombre en dehors des valeurs possibles", "number out of range"),
    "negative_duration": ("une durée ne peut pas être négative", "a duration cannot be negative"),
    "zero_duration": ("la durée est de zéro minute", "the duration is zero minutes"),
    "day_over_24h": (
        "une journée ne peut pas compter plus de {limit} heures",
        "a day cannot hold more than {limit} hours",
    ),
    "empty_file": ("le fichier est vide", "the file is empty"),
    "file_too_large": (
        "le fichier est trop gros (plus de {limit} Mo)",
        "the file is too large (more than {limit} MB)",
    ),
    "unreadable_file": ("le fichier ne peut pas être lu", "the file cannot be read"),
    "not_a_file": ("ce n'est pas un fichier", "this is not a file"),
    "unsupported_type": (
        "ce fichier n'est ni une photo (JPEG, PNG) ni un PDF",
        "this file is neither a photo (JPEG, PNG) nor a PDF",
    ),
    "pdf_without_pages": ("ce PDF n'a aucune page", "this PDF has no pages"),
    "journal_is_sealed": (
        "les documents du journal sont joints quand on écrit l'entrée",
        "journal documents are attached when the entry is written",
    ),
    "already_open": (
        "une personne vous aide déjà : arrêtez d'abord cette aide",
        "someone is already helping you: end that help first",
    ),
    "not_open": (
        "personne ne vous aide en ce moment",
        "nobody is helping you at the moment",
    ),
    "no_procedure": (
        "Repères ne connaît pas de démarche pour ce genre de courrier",
        "Repères knows no procedure for this kind of letter",
    ),
    "window_too_long": (
        "du premier au dernier jour, c'est plus long que le temps entre deux démarches",
        "from the first to the last day is longer than the time between two steps",
    ),
    "sealed_in_journal": (
        "ce document est joint au journal : il reste dans le carnet",
        "this document is attached to the journal: it stays in the carnet",
    ),
    "not_a_phone_number": ("ce n'est pas un numéro de téléphone", "this is not a phone number"),
    "not_an_email": ("ce n'est pas une adresse e-mail", "this is not an e-mail address"),
    "not_yet_closed": (
        "la date limite n'est pas encore passée",
        "the last day has not passed yet",
    ),
    "not_custom": (
        "seules les démarches que vous avez notées peuvent être supprimées",
        "only the steps you wrote down can be removed",
    ),
    "other_problem": ("non valides ({code})", "not valid ({code})"),
    # words written into calendar files
    "ics_to_bring": ("À apporter :", "To bring:"),
    "ics_mandatory": (
        "Rendez-vous obligatoire (d'après la convocation).",
        "Mandatory appointment (according to the letter).",
    ),
    "ics_by_phone": ("Par téléphone", "By phone"),
    "ics_by_video": ("En visio", "By video"),
    "ics_alarm_day_before": ("Demain : {title}", "Tomorrow: {title}"),
    "ics_alarm_two_hours": ("Dans 2 heures : {title}", "In 2 hours: {title}"),
    "ics_default_title": ("Rendez-vous", "Appointment"),
    # reperes parse-message (app/parsing/command.py)
    "parse_too_large": (
        "Ce fichier est trop gros (plus de 1 Mo). Copiez seulement le message dans un fichier.",
        "This file is too large (more than 1 MB). Copy only the message into a file.",
    ),
    "parse_empty": ("Le fichier est vide.", "The file is empty."),
    "parse_not_text": (
        "Ce fichier n'est pas du texte. Donnez un fichier texte (.txt) avec le message.",
        "This file is not text. Give a text file (.txt) with the message.",
    ),
    "parse_ocr_read": (
        "Texte lu sur la lettre ({read} page(s) sur {total}). Vérifiez-le sur le papier.",
        "Text read on the letter ({read} page(s) of {total}). Check it against the paper.",
    ),
    "parse_ocr_not_available": (
        "La lecture des lettres n'est pas disponible : le programme Tesseract manque.",
        "Reading letters is not available: the Tesseract program is missing.",
    ),
    "parse_ocr_no_french": (
        "La lecture des lettres n'est pas disponible : le français de Tesseract manque.",
        "Reading letters is not available: Tesseract's French data is missing.",
    ),
    "parse_ocr_encrypted_pdf": (
        "Ce PDF est fermé par un mot de passe : Repères ne peut pas le lire.",
        "This PDF is locked with a password: Repères cannot read it.",
    ),
    "parse_ocr_broken_pdf": (
        "Ce fichier PDF est abîmé. Exportez-le à nouveau.",
        "This PDF file is damaged. Export it again.",
    ),
    "parse_ocr_unreadable": (
        "La photo est trop difficile à lire. Reprenez-la à plat, nette et bien éclairée.",
        "The photo is too hard to read. Take it again: flat, sharp and in good light.",
    ),
    "parse_ocr_unsupported": (
        "Repères lit les photos (JPEG ou PNG) et les fichiers PDF.",
        "Repères reads photos (JPEG or PNG) and PDF files.",
    ),
    "parse_ocr_failed": (
        "La lettre n'a pas pu être lue.",
        "The letter could not be read.",
    ),
    "parse_ocr_cancelled": ("La lecture a été arrêtée.", "Reading was stopped."),
    "parse_ocr_too_many_pixels": (
        "Cette image est trop grande pour être lue. Reprenez la photo en taille normale.",
        "This image is too large to be read. Take the photo again in normal size.",
    ),
    "parse_ocr_too_heavy": (
        "Ce fichier demande trop de mémoire ou de temps à l'ordinateur. Il n'a pas été lu.",
        "This file asks too much memory or time of the computer. It was not read.",
    ),
    "parse_letter_too_large": (
        "Ce fichier est trop gros (plus de {limit} Mo). Reprenez la photo, ou gardez moins "
        "de pages.",
        "This file is too large (more than {limit} MB). Take the photo again, or keep fewer pages.",
    ),
    "parse_bad_received": (
        "La date de réception s'écrit AAAA-MM-JJ, par exemple 2026-11-20.",
        "The date received is written YYYY-MM-DD, for example 2026-11-20.",
    ),
    "parse_received_out_of_range": (
        "La date de réception doit être entre l'année {first} et l'année {last}.",
        "The date received must be between the year {first} and the year {last}.",
    ),
    "parse_intro": (
        "Voici ce que Repères a lu dans le message. Vérifiez chaque point.",
        "Here is what Repères read in the message. Check each point.",
    ),
    "parse_kind_convocation": (
        "C'est un rendez-vous ou une convocation.",
        "It is an appointment or a summons.",
    ),
    "parse_kind_information": ("C'est une information.", "It is information."),
    "parse_kind_document_request": (
        "C'est une demande de documents.",
        "It is a request for documents.",
    ),
    "parse_kind_sanction_notice": (
        "C'est un courrier avant une sanction possible. Vous pouvez répondre.",
        "It is a letter before a possible sanction. You can reply.",
    ),
    "parse_kind_decision": ("C'est une décision.", "It is a decision."),
    "parse_kind_other": (
        "Repères n'a pas reconnu ce message.",
        "Repères did not recognise this message.",
    ),
    "parse_when": ("Quand : {day}, à {time}.", "When: {day}, at {time}."),
    "parse_cancelled": (
        "Ancien rendez-vous, annulé ou remplacé : {day}.",
        "Former appointment, cancelled or replaced: {day}.",
    ),
    "parse_until": ("Jusqu'à {time}.", "Until {time}."),
    "parse_when_day": ("Quand : {day}.", "When: {day}."),
    "parse_reference_message": (
        "Les jours comme « demain » sont comptés depuis la date du message : {day}.",
        "Days like “tomorrow” are counted from the date of the message: {day}.",
    ),
    "parse_reference_received": (
        "Les jours comme « demain » sont comptés depuis le jour où vous l'avez reçu : {day}.",
        "Days like “tomorrow” are counted from the day you received it: {day}.",
    ),
    "parse_when_time": ("Heure : {time}.", "Time: {time}."),
    "parse_place_in_person": ("Où : {place}.", "Where: {place}."),
    "parse_place_phone": ("Par téléphone ({place}).", "By phone ({place})."),
    "parse_place_video": ("En vidéo : {place}", "By video: {place}"),
    "parse_organisation": ("Organisme : {name}.", "Organisation: {name}."),
    "parse_org_employer": ("un employeur", "an employer"),
    "parse_org_health": ("santé", "health"),
    "parse_org_training": ("un organisme de formation", "a training body"),
    "parse_org_other": ("un autre organisme", "another organisation"),
    "parse_to_bring": ("À apporter : {items}.", "To bring: {items}."),
    "parse_deadline": ("Date limite écrite : {day}.", "Deadline written: {day}."),
    "parse_mandatory": (
        "Le message dit que c'est obligatoire.",
        "The message says it is mandatory.",
    ),
    "parse_sanction": (
        "Le message parle d'une conséquence. Il dit : « {quote} »",
        "The message speaks of a consequence. It says: “{quote}”",
    ),
    "parse_questions": ("À vérifier :", "To check:"),
    "parse_or": ("ou", "or"),
    "parse_q_no_date": (
        "Le message ne donne pas la date du rendez-vous.",
        "The message does not give the date of the appointment.",
    ),
    "parse_q_no_time": ("Le message ne donne pas l'heure.", "The message does not give the time."),
    "parse_q_time_without_date": (
        "Le message donne une heure, mais pas la date.",
        "The message gives a time, but not the date.",
    ),
    "parse_q_vague_date": (
        "Le message ne donne pas le jour exact. Demandez-le.",
        "The message does not give the exact day. Ask for it.",
    ),
    "parse_q_two_dates": (
        "Le message donne plusieurs dates : {candidates}. Laquelle est la bonne ?",
        "The message gives several dates: {candidates}. Which one is right?",
    ),
    "parse_q_date_in_past": (
        "Cette date est déjà passée : {candidates}. Est-ce la bonne ?",
        "This date has already passed: {candidates}. Is it right?",
    ),
    "parse_q_weekday_mismatch": (
        "Le jour de la semaine ne va pas avec la date : {candidates} ?",
        "The day of the week does not match the date: {candidates}?",
    ),
    "parse_q_year_unclear": (
        "L'année n'est pas écrite : {candidates} ?",
        "The year is not written: {candidates}?",
    ),
    "parse_q_check_day": (
        "Repères n'est pas sûr du jour. Le rendez-vous est-il le {candidates} ?",
        "Repères is not sure of the day. Is the appointment on {candidates}?",
    ),
    "parse_q_impossible_date": (
        "Une date du message n'existe pas (par exemple un 31 février).",
        "A date in the message does not exist (for example 31 February).",
    ),
    "parse_q_nonexistent_time": (
        "Cette heure n'existe pas ce jour-là (changement d'heure).",
        "This time does not exist that day (clock change).",
    ),
    "parse_q_no_place": (
        "Le message ne dit pas où a lieu le rendez-vous.",
        "The message does not say where the appointment is.",
    ),
    "parse_q_not_french": (
        "Ce message ne semble pas écrit en français. Repères lit seulement le français.",
        "This message does not seem to be in French. Repères only reads French.",
    ),
    # reperes deadline (app/deadline_command.py)
    "deadline_step": ("{name} : {what}", "{name}: {what}"),
    "deadline_dates": (
        "dernier jour {last}, à faire au plus tard le {safe} pour être tranquille.",
        "last day {last}, do it by {safe} to be safe.",
    ),
    "deadline_from_letter": (
        "Compté depuis la date écrite sur la lettre ({day}).",
        "Counted from the date printed on the letter ({day}).",
    ),
    "deadline_outer_limit": (
        "Limite extérieure, comptée depuis la réception : {day} (ne pas compter dessus).",
        "Outer limit, counted from receipt: {day} (do not count on it).",
    ),
    "deadline_no_letter_date": (
        "Sans la date de la lettre, compté depuis la réception : le vrai dernier jour est "
        "peut-être plus tôt.",
        "Without the letter's date, counted from receipt: the real last day may be earlier.",
    ),
    "deadline_no_mention": (
        "La décision ne dit pas ses délais de recours : date pas sûre, agir vite.",
        "The decision does not state its deadlines of appeal: date not sure, act fast.",
    ),
    "deadline_later": ("date connue plus tard.", "date known later."),
    "deadline_none": (
        "Repères ne calcule pas de date pour cette étape.",
        "Repères computes no date for this step.",
    ),
    "deadline_subject": ("Sujet de la décision : {subject}", "Subject of the decision: {subject}"),
    "deadline_subjects": ("sujets (--subject) : {keys}", "subjects (--subject): {keys}"),
    "deadline_no_procedure": (
        "Donnez l'identifiant d'une démarche (la liste : reperes deadline --list).",
        "Give a procedure id (the list: reperes deadline --list).",
    ),
    "deadline_unknown_procedure": (
        "La démarche « {id} » n'existe pas (la liste : reperes deadline --list).",
        "There is no procedure '{id}' (the list: reperes deadline --list).",
    ),
    "deadline_unknown_subject": (
        "Le sujet « {subject} » n'existe pas pour cette démarche. Sujets : {keys}.",
        "There is no subject '{subject}' for this procedure. Subjects: {keys}.",
    ),
    "deadline_no_received": (
        "Donnez le jour de réception : --received AAAA-MM-JJ.",
        "Give the day the letter was received: --received YYYY-MM-DD.",
    ),
    "deadline_bad_date": (
        "{option} {value} : ce n'est pas une date qui existe. Écrivez AAAA-MM-JJ, par exemple "
        "2026-03-02.",
        "{option} {value}: this is not a date that exists. Write YYYY-MM-DD, for example "
        "2026-03-02.",
    ),
    "deadline_received_on_required": (
        "Donnez le jour de réception : --received AAAA-MM-JJ.",
        "Give the day the letter was received: --received YYYY-MM-DD.",
    ),
    "deadline_received_on_in_future": (
        "Le jour de réception n'est pas encore arrivé.",
        "The day of receipt has not come yet.",
    ),
    "deadline_letter_date_in_future": (
        "La date de la lettre n'est pas encore arrivée.",
        "The letter's date has not come yet.",
    ),
    "deadline_received_on_before_letter_date": (
        "La lettre serait arrivée avant la date écrite dessus : vérifiez les deux dates.",
        "The letter would have arrived before the date printed on it: check both dates.",
    ),
    # reperes check-content (app/content/review.py)
    "content_counts": (
        "Contenus lus : {procedures} démarches, {guides} guides, {letters} modèles de lettres, "
        "{obligations} obligations.",
        "Content read: {procedures} procedures, {guides} guides, {letters} letter templates, "
        "{obligations} obligations.",
    ),
    "content_due": (
        "Règles à revoir (date de relecture passée) : {n}",
        "Rules due for review (review date passed): {n}",
    ),
    "content_not_verified": (
        "Règles pas encore vérifiées sur le texte officiel : {n}",
        "Rules not yet verified against the official text: {n}",
    ),
    "content_no_evidence": (
        "Règles sans preuve citée (adresse, phrase, jour de lecture) : {n}",
        "Rules without evidence (address, sentence, day read): {n}",
    ),
    "content_review_written": (
        "Feuille de relecture écrite : {path} ({n} règles).",
        "Review sheet written: {path} ({n} rules).",
    ),
    "content_review_no_pdf": (
        "La feuille de relecture a besoin de l'interface de Repères pour faire le PDF. "
        "Lancez la commande « reperes » installée.",
        "The review sheet needs Repères' interface to make the PDF. Run the installed "
        "« reperes » command.",
    ),
    "content_review_no_folder": (
        "Le dossier {path} n'existe pas. Choisissez un dossier qui existe.",
        "The folder {path} does not exist. Choose a folder that exists.",
    ),
    "content_review_not_written": (
        "Impossible d'écrire {path}. Vérifiez la place libre et les droits.",
        "Could not write {path}. Check the free space and the permissions.",
    ),
    "content_local": (
        "Règles du dossier de l’association ({folder}) : {n}, dont {replaced} qui remplacent "
        "une règle livrée avec Repères",
        "Rules from the association's folder ({folder}): {n}, of which {replaced} replace a "
        "rule shipped with Repères",
    ),
    "content_refused": (
        "{n} problème(s) : les fichiers en cause sont refusés. "
        "La dernière bonne version reste utilisée.",
        "{n} problem(s): the files at fault are refused. The last good version stays in use.",
    ),
    "content_bad_today": (
        "Le jour de référence s'écrit AAAA-MM-JJ, par exemple 2026-11-20.",
        "The reference day is written YYYY-MM-DD, for example 2026-11-20.",
    ),
    "content_no_folder": (
        "Ce dossier de contenus n'existe pas.",
        "This content folder does not exist.",
    ),
    "parse_nothing_saved": (
        "Rien n'a été enregistré dans le carnet.",
        "Nothing was saved in the carnet.",
    ),
}


def language(environ: Mapping[str, str] | None = None) -> str:
    """'en' or 'fr'. The first of LC_ALL, LC_MESSAGES, LANG that is set decides."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def has(key: str) -> bool:
    return key in _M


def say(key: str, **values: object) -> str:
    """The sentence for `key` in the person's language; unknown keys fall back to a generic one."""
    fr, en = _M.get(key) or _M["carnet_error"]
    return (en if language() == "en" else fr).format(**values)


def reason(code: str, limit: int | None = None) -> str:
    """Words for a skip reason or a domain Problem code."""
    if code in _M:
        return say(code, limit=limit)
    return say("other_problem", code=code)


def ics_texts() -> IcsTexts:
    return IcsTexts(
        to_bring=say("ics_to_bring"),
        mandatory=say("ics_mandatory"),
        by_phone=say("ics_by_phone"),
        by_video=say("ics_by_video"),
        alarm_day_before=_M["ics_alarm_day_before"][language() == "en"],
        alarm_two_hours=_M["ics_alarm_two_hours"][language() == "en"],
        default_title=say("ics_default_title"),
    )
