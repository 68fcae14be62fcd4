<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>This is Repères, version %1.</source>
        <translation>Ceci est Repères, version %1.</translation>
    </message>
    <message>
        <source>Never on the Internet</source>
        <translation>Jamais sur Internet</translation>
    </message>
    <message>
        <source>Repères never goes on the Internet. It sends nothing, to anyone.</source>
        <translation>Repères ne va jamais sur Internet. Il n’envoie rien, à personne.</translation>
    </message>
    <message>
        <source>There is no account, no advertising and no tracking.</source>
        <translation>Il n’y a pas de compte, pas de publicité et pas de suivi.</translation>
    </message>
    <message>
        <source>What you write stays in your carnet, locked by your password.</source>
        <translation>Ce que vous écrivez reste dans votre carnet, fermé par votre mot de passe.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>Ce que Repères ne protège pas</translation>
    </message>
    <message>
        <source>Where your carnet is</source>
        <translation>Où est votre carnet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>You can ask for help at a France Services office near you.</source>
        <translation>Vous pouvez demander de l’aide dans un espace France Services près de chez vous.</translation>
    </message>
    <message>
        <source>A local association or a social worker can also help you use Repères.</source>
        <translation>Une association près de chez vous ou un travailleur social peut aussi vous aider à utiliser Repères.</translation>
    </message>
    <message>
        <source>Bring your printed recovery code if you forgot your password.</source>
        <translation>Si vous avez oublié votre mot de passe, apportez votre code de secours imprimé.</translation>
    </message>
    <message>
        <source>Free software</source>
        <translation>Logiciel libre</translation>
    </message>
    <message>
        <source>Repères is free software. You may use it, copy it, share it and change it. Licence: GNU GPL, version 3 or later (%1).</source>
        <translation>Repères est un logiciel libre. Vous pouvez l’utiliser, le copier, le partager et le modifier. Licence&#xa0;: GNU GPL, version 3 ou suivante (%1).</translation>
    </message>
    <message>
        <source>Your carnet is on this USB stick, in the folder “donnees”. Nothing is written on this computer.</source>
        <translation>Votre carnet est sur cette clé USB, dans le dossier «&#xa0;donnees&#xa0;». Rien n’est écrit sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your carnet is in this folder on this computer: %1</source>
        <translation>Votre carnet est dans ce dossier, sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Repères</source>
        <translation>À propos de Repères</translation>
    </message>
    <message>
        <source>What Repères is, where your carnet is, and who can help you.</source>
        <translation>Ce qu’est Repères, où est votre carnet, et qui peut vous aider.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>This is no longer in your carnet.</source>
        <translation>Ce n’est plus dans votre carnet.</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Add an appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>A word to search</source>
        <translation>Un mot à chercher</translation>
    </message>
    <message>
        <source>Search in your carnet</source>
        <translation>Chercher dans votre carnet</translation>
    </message>
    <message>
        <source>Type a word: a name, a place, a paper to bring.</source>
        <translation>Tapez un mot&#xa0;: un nom, un lieu, un papier à apporter.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Revenir à l’agenda</translation>
    </message>
    <message>
        <source>Show earlier days</source>
        <translation>Voir les jours d’avant</translation>
    </message>
    <message>
        <source>Show later days</source>
        <translation>Voir les jours d’après</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move with the arrow keys. Press Enter to open an appointment.</source>
        <translation>Avancez avec les flèches. Appuyez sur Entrée pour ouvrir un rendez-vous.</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>What your carnet holds with these words. Press Enter to open one.</source>
        <translation>Ce que votre carnet contient avec ces mots. Appuyez sur Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <source>Your appointments, day by day. Press Enter to open one.</source>
        <translation>Vos rendez-vous, jour par jour. Appuyez sur Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <source>Nothing is planned today.</source>
        <translation>Rien n’est prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>From this day: %1.</source>
        <translation>À partir de ce jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Last day: %1.</source>
        <translation>Dernier jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Pas fait.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n rendez-vous du %1 au %2.</numerusform>
            <numerusform>%n rendez-vous du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is planned after these days.</source>
        <translation>Rien n’est prévu après ces jours.</translation>
    </message>
    <message>
        <source>There is nothing earlier in your carnet.</source>
        <translation>Il n’y a rien avant dans votre carnet.</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>Rien n’a été trouvé pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n résultats pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown. Add a word to find fewer.</source>
        <translation>Les %1 plus récents sont montrés. Ajoutez un mot pour en trouver moins.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Hours of activity</source>
        <translation>Heures d’activité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Step to do</source>
        <translation>Démarche à faire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>This cannot be opened from the agenda yet.</source>
        <translation>Ceci ne s’ouvre pas encore depuis l’agenda.</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <source>Read this appointment</source>
        <translation>Lire ce rendez-vous</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Read what to bring</source>
        <translation>Lire ce qu’il faut apporter</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Read who to call</source>
        <translation>Lire qui appeler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Read the notes</source>
        <translation>Lire les notes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The convocation, a proof: papers kept with this appointment.</source>
        <translation>La convocation, une preuve&#xa0;: les papiers gardés avec ce rendez-vous.</translation>
    </message>
    <message>
        <source>Say what happened</source>
        <translation>Dire ce qui s’est passé</translation>
    </message>
    <message>
        <source>Change this appointment</source>
        <translation>Changer ce rendez-vous</translation>
    </message>
    <message>
        <source>Open the new appointment</source>
        <translation>Ouvrir le nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Qu’est-ce que c’est&#xa0;?</translation>
    </message>
    <message>
        <source>For example: meeting with my adviser.</source>
        <translation>Par exemple&#xa0;: entretien avec ma conseillère.</translation>
    </message>
    <message>
        <source>With which organisation?</source>
        <translation>Avec quel organisme&#xa0;?</translation>
    </message>
    <message>
        <source>With whom?</source>
        <translation>Avec qui&#xa0;?</translation>
    </message>
    <message>
        <source>Add people in “Organisations and contacts”.</source>
        <translation>Ajoutez des personnes dans «&#xa0;Organismes et contacts&#xa0;».</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>For example: 25/03/2026, 4/12, tomorrow or next Monday.</source>
        <translation>Par exemple&#xa0;: 25/03/2026, 4/12, demain ou lundi prochain.</translation>
    </message>
    <message>
        <source>14:30</source>
        <translation>14 h 30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>For example: 9:00 or 14:30.</source>
        <translation>Par exemple&#xa0;: 9 h ou 14 h 30.</translation>
    </message>
    <message>
        <source>End time (you can leave it empty)</source>
        <translation>Heure de fin (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>How does it take place?</source>
        <translation>Comment se passe le rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>I go there</source>
        <translation>J’y vais sur place</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video, on a screen</source>
        <translation>En vidéo, sur un écran</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Thing to bring, line %1</source>
        <translation>À apporter, ligne %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Enlever la ligne %1</translation>
    </message>
    <message>
        <source>Add a thing to bring</source>
        <translation>Ajouter une chose à apporter</translation>
    </message>
    <message>
        <source>The letter says I must come</source>
        <translation>Le courrier dit que je dois venir</translation>
    </message>
    <message>
        <source>Notes (you can leave them empty)</source>
        <translation>Notes (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing yet: still planned</source>
        <translation>Rien encore&#xa0;: toujours prévu</translation>
    </message>
    <message>
        <source>When did you cancel?</source>
        <translation>Quand avez-vous annulé&#xa0;?</translation>
    </message>
    <message>
        <source>How did you tell them?</source>
        <translation>Comment les avez-vous prévenus&#xa0;?</translation>
    </message>
    <message>
        <source>For example: by phone, by letter, at the desk.</source>
        <translation>Par exemple&#xa0;: par téléphone, par courrier, à l’accueil.</translation>
    </message>
    <message>
        <source>Why? (you can leave it empty)</source>
        <translation>Pourquoi&#xa0;? (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>Keep the proof, for example a doctor’s note. You can add it to your papers.</source>
        <translation>Gardez la preuve, par exemple un certificat du médecin. Vous pouvez l’ajouter à vos papiers.</translation>
    </message>
    <message>
        <source>Attach the proof</source>
        <translation>Joindre la preuve</translation>
    </message>
    <message>
        <source>A paper that shows it: a doctor’s note, an attendance sheet, a letter.</source>
        <translation>Un papier qui le montre&#xa0;: un certificat du médecin, une feuille de présence, un courrier.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nouvelle heure</translation>
    </message>
    <message>
        <source>Change an appointment</source>
        <translation>Changer un rendez-vous</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Fill in what the letter or the message says. Then press “Save”.</source>
        <translation>Écrivez ce que dit le courrier ou le message. Puis appuyez sur «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <source>Choose what happened, then press “Save”.</source>
        <translation>Choisissez ce qui s’est passé, puis appuyez sur «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <source>Each part has its own button to read it aloud.</source>
        <translation>Chaque partie a son bouton pour la lire à voix haute.</translation>
    </message>
    <message>
        <source>This appointment is no longer in your carnet.</source>
        <translation>Ce rendez-vous n’est plus dans votre carnet.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
    </message>
    <message>
        <source>You will meet %1.</source>
        <translation>Vous verrez %1.</translation>
    </message>
    <message>
        <source>This appointment is in the past.</source>
        <translation>Ce rendez-vous est passé.</translation>
    </message>
    <message>
        <source>You told them: %1.</source>
        <translation>Vous les avez prévenus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Raison&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Written down on %1.</source>
        <translation>Noté le %1.</translation>
    </message>
    <message>
        <source>Cancelled or moved?</source>
        <translation>Annulé ou déplacé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Careful: at the same time you have %1.</source>
        <translation>Attention&#xa0;: à la même heure, vous avez %1.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Pas précisé</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>Phone number (you can leave it empty)</source>
        <translation>Numéro de téléphone (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>Video link (you can leave it empty)</source>
        <translation>Lien de la vidéo (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This appointment is in the past: say what happened.</source>
        <translation>Ce rendez-vous est passé&#xa0;: dites ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Noted: the appointment of %1 at %2</source>
        <translation>Noté&#xa0;: le rendez-vous du %1 à %2</translation>
    </message>
    <message>
        <source>What was the reason?</source>
        <translation>Quelle était la raison&#xa0;?</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>Saved. Here is the new appointment.</source>
        <translation>Enregistré. Voici le nouveau rendez-vous.</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Copy my carnet</source>
        <translation>Copier mon carnet</translation>
    </message>
    <message>
        <source>Keep a copy on your USB stick, in case this computer or your stick is lost. The copy opens with the same password and the same recovery code.</source>
        <translation>Gardez une copie sur votre clé USB, au cas où cet ordinateur ou votre clé serait perdu. La copie s’ouvre avec le même mot de passe et le même code de secours.</translation>
    </message>
    <message>
        <source>Copy to my USB stick</source>
        <translation>Copier sur ma clé USB</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>Remettre une copie</translation>
    </message>
    <message>
        <source>Your carnet of now is kept in its folder. It is never deleted. Then the copy takes its place.</source>
        <translation>Votre carnet d’aujourd’hui est gardé dans son dossier. Il n’est jamais effacé. Ensuite la copie prend sa place.</translation>
    </message>
    <message>
        <source>Choose the copy</source>
        <translation>Choisir la copie</translation>
    </message>
    <message>
        <source>The password of this copy</source>
        <translation>Le mot de passe de cette copie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
    <message>
        <source>Restore this copy</source>
        <translation>Remettre cette copie</translation>
    </message>
    <message>
        <source>Yes, put this other carnet in place of mine</source>
        <translation>Oui, mettre cet autre carnet à la place du mien</translation>
    </message>
    <message>
        <source>Copy or restore my carnet</source>
        <translation>Copier ou remettre mon carnet</translation>
    </message>
    <message>
        <source>Your copies stay locked. Only your password opens them.</source>
        <translation>Vos copies restent fermées à clé. Seul votre mot de passe les ouvre.</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>Choisissez votre clé USB</translation>
    </message>
    <message>
        <source>Copying… Do not pull out the stick.</source>
        <translation>Copie en cours… Ne retirez pas la clé.</translation>
    </message>
    <message>
        <source>Your carnet is copied, in the folder “%1”. You can pull out the stick.</source>
        <translation>Votre carnet est copié, dans le dossier «&#xa0;%1&#xa0;». Vous pouvez retirer la clé.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was copied. Make room on it, or use another stick.</source>
        <translation>La clé USB est pleine. Rien n’a été copié. Faites de la place sur la clé, ou prenez une autre clé.</translation>
    </message>
    <message>
        <source>The copy could not be written. Was the stick pulled out? Nothing half-written was left. Your carnet is safe.</source>
        <translation>La copie n’a pas pu être écrite. La clé a-t-elle été retirée&#xa0;? Aucune copie à moitié écrite n’est restée. Votre carnet ne risque rien.</translation>
    </message>
    <message>
        <source>Choose the copy of your carnet</source>
        <translation>Choisissez la copie de votre carnet</translation>
    </message>
    <message>
        <source>This folder is not a copy of a carnet. Choose a folder “Repères copie”.</source>
        <translation>Ce dossier n’est pas une copie de carnet. Choisissez un dossier «&#xa0;Repères copie&#xa0;».</translation>
    </message>
    <message>
        <source>Copy chosen: %1</source>
        <translation>Copie choisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write the password of this copy.</source>
        <translation>Écrivez le mot de passe de cette copie.</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Vérification de la copie…</translation>
    </message>
    <message>
        <source>This copy is of another carnet. During a help session, it cannot take the place of yours. Nothing was changed.</source>
        <translation>Cette copie est celle d’un autre carnet. Pendant une aide, elle ne peut pas remplacer le vôtre. Rien n’a changé.</translation>
    </message>
    <message>
        <source>This copy is of another carnet, not of yours. Nothing was changed. Put it in place of yours only if you are sure.</source>
        <translation>Cette copie est celle d’un autre carnet, pas du vôtre. Rien n’a changé. Mettez-la à la place du vôtre seulement si vous êtes sûr.</translation>
    </message>
    <message>
        <source>Restoring… Do not pull out the stick.</source>
        <translation>Remise en place… Ne retirez pas la clé.</translation>
    </message>
    <message>
        <source>Your carnet is restored. Your carnet of before is kept, in “%1”.</source>
        <translation>Votre carnet est remis. Votre carnet d’avant est gardé, dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no room left for the restore. Nothing was changed.</source>
        <translation>Il n’y a plus de place pour remettre la copie. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The copy could not be read. Was the stick pulled out? Nothing was changed.</source>
        <translation>La copie n’a pas pu être lue. La clé a-t-elle été retirée&#xa0;? Rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>Button</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Your first name or a nickname (you can leave it empty)</source>
        <translation>Votre prénom ou un surnom (vous pouvez laisser cette case vide)</translation>
    </message>
    <message>
        <source>It is only written inside your carnet.</source>
        <translation>Il est écrit seulement dans votre carnet.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisissez un mot de passe</translation>
    </message>
    <message>
        <source>A few words that go together only for you are easy to remember and hard to guess.</source>
        <translation>Prenez quelques mots qui vont ensemble seulement pour vous. Ils sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Suggest a password</source>
        <translation>Proposer un mot de passe</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Tapez le mot de passe une deuxième fois</translation>
    </message>
    <message>
        <source>Choose where to keep my carnet</source>
        <translation>Choisir où garder mon carnet</translation>
    </message>
    <message>
        <source>Creating your carnet, please wait</source>
        <translation>Repères crée votre carnet. Merci de patienter.</translation>
    </message>
    <message>
        <source>Create my carnet</source>
        <translation>Créer mon carnet</translation>
    </message>
    <message>
        <source>Choose a password. You will need it each time you open your carnet.</source>
        <translation>Choisissez un mot de passe. Vous en aurez besoin chaque fois que vous ouvrirez votre carnet.</translation>
    </message>
    <message>
        <source>Your carnet will be kept in: %1</source>
        <translation>Votre carnet sera gardé dans ce dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your carnet will be kept on this USB stick.</source>
        <translation>Votre carnet sera gardé sur cette clé USB.</translation>
    </message>
    <message>
        <source>Your carnet will be kept on this computer.</source>
        <translation>Votre carnet sera gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Suggested password: %1. Write it down before you go on.</source>
        <translation>Mot de passe proposé&#xa0;: %1. Écrivez-le sur un papier avant de continuer.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Undo</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organismes et contacts</translation>
    </message>
    <message>
        <source>Move with the arrow keys. Press Enter to change one.</source>
        <translation>Avancez avec les flèches. Appuyez sur Entrée pour changer une ligne.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For example: France Travail, agency of your town.</source>
        <translation>Par exemple&#xa0;: France Travail, agence de votre ville.</translation>
    </message>
    <message>
        <source>What kind of organisation?</source>
        <translation>Quel genre d’organisme&#xa0;?</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Write the number you find on their letters.</source>
        <translation>Écrivez le numéro qui est sur leurs courriers.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>For example: Monday to Friday, 9:00 to 12:30.</source>
        <translation>Par exemple&#xa0;: du lundi au vendredi, de 9 h à 12 h 30.</translation>
    </message>
    <message>
        <source>Notes (you can leave them empty)</source>
        <translation>Notes (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>For example: Mrs Martin, or Karim.</source>
        <translation>Par exemple&#xa0;: Mme Martin, ou Karim.</translation>
    </message>
    <message>
        <source>What do they do for you?</source>
        <translation>Que fait cette personne pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>For example: 01 23 45 67 89.</source>
        <translation>Par exemple&#xa0;: 01 23 45 67 89.</translation>
    </message>
    <message>
        <source>Other phone number (you can leave it empty)</source>
        <translation>Autre numéro de téléphone (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>E-mail address (you can leave it empty)</source>
        <translation>Adresse e-mail (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>When to call them (you can leave it empty)</source>
        <translation>Quand appeler (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Enlever cette personne</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>Oui, enlever</translation>
    </message>
    <message>
        <source>No, keep</source>
        <translation>Non, garder</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Write what you know. Then press “Save”.</source>
        <translation>Écrivez ce que vous savez. Puis appuyez sur «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <source>Add your agency, your adviser, their phone numbers and hours. Press Enter to change one.</source>
        <translation>Ajoutez votre agence, votre conseiller, leurs numéros et leurs heures. Appuyez sur Entrée pour changer une ligne.</translation>
    </message>
    <message>
        <source>People of no organisation</source>
        <translation>Personnes sans organisme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Remove %1 from your carnet? Appointments with them are kept.</source>
        <translation>Enlever %1 de votre carnet&#xa0;? Les rendez-vous avec cette personne sont gardés.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été enlevé du carnet.</translation>
    </message>
    <message>
        <source>%1 is back in your carnet.</source>
        <translation>%1 est de nouveau dans votre carnet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Check what is written here.</source>
        <translation>Vérifiez ce qui est écrit ici.</translation>
    </message>
</context>
<context>
    <name>DocumentLinks</name>
    <message>
        <source>A document of your carnet</source>
        <translation>Un document de votre carnet</translation>
    </message>
    <message>
        <source>Attach this document</source>
        <translation>Joindre ce document</translation>
    </message>
    <message>
        <source>Add a new file</source>
        <translation>Ajouter un nouveau fichier</translation>
    </message>
    <message>
        <source>A photo or a PDF file from this computer or a USB stick.</source>
        <translation>Une photo ou un fichier PDF de cet ordinateur ou d’une clé USB.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The document is taken off. It stays in “My documents”.</source>
        <translation>Le document est retiré. Il reste dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Choisir une photo ou un fichier PDF</translation>
    </message>
    <message>
        <source>Adding the document to your carnet…</source>
        <translation>Ajout du document dans votre carnet…</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>Aucun document joint.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Choisissez d’abord un document dans la liste.</translation>
    </message>
    <message>
        <source>The document is attached.</source>
        <translation>Le document est joint.</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos et fichiers PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The document is attached. You can change its title in “My documents”.</source>
        <translation>Le document est joint. Vous pouvez changer son titre dans «&#xa0;Mes documents&#xa0;».</translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation>Le document n’a pas pu être ajouté. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Voir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>1 document: %1.</source>
        <translation>1 document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Take off “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 documents: %2.</source>
        <translation>%1 documents&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Add a letter or a photo</source>
        <translation>Ajouter un courrier ou une photo</translation>
    </message>
    <message>
        <source>A photo (JPEG or PNG) or a PDF file, up to %1 MB.</source>
        <translation>Une photo (JPEG ou PNG) ou un fichier PDF, jusqu’à %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>My documents, newest first</source>
        <translation>Mes documents, les plus récents d’abord</translation>
    </message>
    <message>
        <source>No document yet. Add the photo of a letter you received.</source>
        <translation>Pas encore de document. Ajoutez la photo d’un courrier reçu.</translation>
    </message>
    <message>
        <source>Show this document</source>
        <translation>Voir ce document</translation>
    </message>
    <message>
        <source>Add this document</source>
        <translation>Ajouter ce document</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Jour où vous l’avez reçu</translation>
    </message>
    <message>
        <source>Keep it in my carnet</source>
        <translation>Le garder dans mon carnet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Adding the document, please wait</source>
        <translation>Ajout du document en cours. Merci de patienter.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example: CAF letter, March.</source>
        <translation>Par exemple&#xa0;: courrier de la CAF, mars.</translation>
    </message>
    <message>
        <source>What kind of paper</source>
        <translation>Quel genre de papier</translation>
    </message>
    <message>
        <source>For a letter: deadlines count from this day. Leave it empty otherwise.</source>
        <translation>Pour un courrier, les délais comptent à partir de ce jour. Sinon, laissez vide.</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tourner</translation>
    </message>
    <message>
        <source>Turns the page a quarter turn.</source>
        <translation>Tourne la page d’un quart de tour.</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Retour à mes documents</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page d’avant</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Read the text of this letter</source>
        <translation>Lire le texte de cette lettre</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>The document, shown large</source>
        <translation>Le document, en grand</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Changer la description</translation>
    </message>
    <message>
        <source>Remove from my carnet</source>
        <translation>Enlever de mon carnet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Leave it empty if it is not a letter.</source>
        <translation>Laissez vide si ce n’est pas un courrier.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Oui, l’enlever</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
    <message>
        <source>Letter or convocation</source>
        <translation>Courrier ou convocation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Proof (certificate, receipt, doctor’s note)</source>
        <translation>Preuve (attestation, reçu, certificat du médecin)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Pay slip</source>
        <translation>Fiche de paie</translation>
    </message>
    <message>
        <source>Identity paper</source>
        <translation>Papier d’identité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un document</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Use “Bigger” and “Turn” to read it well.</source>
        <translation>Utilisez «&#xa0;Plus grand&#xa0;» et «&#xa0;Tourner&#xa0;» pour bien le lire.</translation>
    </message>
    <message>
        <source>Your letters and photos stay locked inside your carnet.</source>
        <translation>Vos courriers et vos photos restent protégés dans votre carnet.</translation>
    </message>
    <message>
        <source>PDF, 1 page</source>
        <translation>PDF, 1&#xa0;page</translation>
    </message>
    <message>
        <source>PDF, %1 pages</source>
        <translation>PDF, %1&#xa0;pages</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>reçu le %1</translation>
    </message>
    <message>
        <source>added on %1</source>
        <translation>ajouté le %1</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Choisir une photo ou un fichier PDF</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos et fichiers PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adding the document to your carnet…</source>
        <translation>Ajout du document dans votre carnet…</translation>
    </message>
    <message>
        <source>This document was already in your carnet. It was not added twice.</source>
        <translation>Ce document était déjà dans votre carnet. Il n’a pas été ajouté deux fois.</translation>
    </message>
    <message>
        <source>The document is kept in your carnet.</source>
        <translation>Le document est gardé dans votre carnet.</translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation>Le document n’a pas pu être ajouté. Rien n’a changé.</translation>
    </message>
    <message>
        <source>This document is not in your carnet.</source>
        <translation>Ce document n’est pas dans votre carnet.</translation>
    </message>
    <message>
        <source>Taken off. The record and the document both stay.</source>
        <translation>Retiré. La fiche et le document restent tous les deux.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>This document cannot be shown. It stays in your carnet.</source>
        <translation>Ce document ne peut pas être montré. Il reste dans votre carnet.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Appointment: %1, %2</source>
        <translation>Rendez-vous&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Link it to an appointment, a step to do, hours or a journal entry</source>
        <translation>Le lier à un rendez-vous, une démarche, des heures ou un échange du journal</translation>
    </message>
    <message>
        <source>For a journal entry, a new version is written. The old one stays.</source>
        <translation>Pour un échange du journal, une nouvelle version est écrite. L’ancienne reste.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This PDF file is locked with a password. Repères cannot show it. It stays safe in your carnet.</source>
        <translation>Ce fichier PDF est fermé par un mot de passe. Repères ne peut pas l’afficher. Il reste gardé dans votre carnet.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Repères cannot show it. Ask for the letter again, or scan the paper.</source>
        <translation>Ce fichier PDF est abîmé. Repères ne peut pas l’afficher. Demandez à nouveau le courrier, ou scannez le papier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This document is sealed with an entry of your journal. It stays, so that the journal stays whole and can be trusted.</source>
        <translation>Ce document est scellé avec un échange de votre journal. Il reste, pour que le journal reste complet et digne de confiance.</translation>
    </message>
    <message>
        <source>Remove “%1” from your carnet? It cannot be undone.</source>
        <translation>Enlever «&#xa0;%1&#xa0;» de votre carnet&#xa0;? Ce ne sera pas possible de revenir en arrière.</translation>
    </message>
    <message>
        <source>It will be taken off the records it is linked to. Those records stay.</source>
        <translation>Il sera retiré des fiches où il est joint. Ces fiches restent.</translation>
    </message>
    <message>
        <source>This document is sealed with an entry of your journal. It stays.</source>
        <translation>Ce document est scellé avec un échange de votre journal. Il reste.</translation>
    </message>
    <message>
        <source>The document is removed from your carnet.</source>
        <translation>Le document est enlevé de votre carnet.</translation>
    </message>
    <message>
        <source>Step to do: %1, before %2</source>
        <translation>Démarche&#xa0;: %1, avant le %2</translation>
    </message>
    <message>
        <source>Hours: %1, %2</source>
        <translation>Heures&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Journal: %1, %2</source>
        <translation>Journal&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <source>Take it off: %1</source>
        <translation>Le retirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose what to link it to in the list.</source>
        <translation>Choisissez dans la liste à quoi le lier.</translation>
    </message>
    <message>
        <source>Linked. The journal entry has a new version with this document.</source>
        <translation>Lié. L’échange du journal a une nouvelle version avec ce document.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>C’est lié.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>You were writing</source>
        <translation>Vous étiez en train d’écrire</translation>
    </message>
    <message>
        <source>You were writing something when the carnet closed. Do you want to go on?</source>
        <translation>Vous écriviez quelque chose quand le carnet s’est fermé. Voulez-vous continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Jeter</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1:00</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>Choose a subject</source>
        <translation>Choisissez un sujet</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Open this guide</source>
        <translation>Ouvrir ce guide</translation>
    </message>
    <message>
        <source>Read this guide</source>
        <translation>Lire ce guide</translation>
    </message>
    <message>
        <source>Prepare a letter</source>
        <translation>Préparer une lettre</translation>
    </message>
    <message>
        <source>Opens the letters that go with this guide, filled from your carnet.</source>
        <translation>Ouvre les lettres qui vont avec ce guide, remplies avec votre carnet.</translation>
    </message>
    <message>
        <source>Other subjects</source>
        <translation>Autres sujets</translation>
    </message>
    <message>
        <source>Understand my rights</source>
        <translation>Comprendre mes droits</translation>
    </message>
    <message>
        <source>Press “Read this guide” to hear it.</source>
        <translation>Appuyez sur «&#xa0;Lire ce guide&#xa0;» pour l’écouter.</translation>
    </message>
    <message>
        <source>Short guides, in plain words. Choose one to read it or hear it.</source>
        <translation>Des guides courts, avec des mots simples. Choisissez-en un pour le lire ou l’écouter.</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <source>First name of the person who helps you</source>
        <translation>Prénom de la personne qui vous aide</translation>
    </message>
    <message>
        <source>Their association or service (you can leave it empty)</source>
        <translation>Son association ou son service (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>For example: Secours populaire, the library, the town hall.</source>
        <translation>Par exemple&#xa0;: Secours populaire, la médiathèque, la mairie.</translation>
    </message>
    <message>
        <source>What may they do in your carnet?</source>
        <translation>Que peut faire cette personne dans votre carnet&#xa0;?</translation>
    </message>
    <message>
        <source>For how long? Two hours at most.</source>
        <translation>Pendant combien de temps&#xa0;? Deux heures au plus.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Oui, je suis d’accord</translation>
    </message>
    <message>
        <source>The person who owns the carnet presses this button.</source>
        <translation>La personne à qui est le carnet appuie sur ce bouton.</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Relire à voix haute</translation>
    </message>
    <message>
        <source>No, change something</source>
        <translation>Non, changer quelque chose</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>End the help now</source>
        <translation>Arrêter l’aide maintenant</translation>
    </message>
    <message>
        <source>Allow with my password</source>
        <translation>Autoriser avec mon mot de passe</translation>
    </message>
    <message>
        <source>Only you type your password. Then one thing can be removed.</source>
        <translation>Vous seul tapez votre mot de passe. Ensuite, une chose peut être enlevée.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>A paper that says who helped you, when, and what was done.</source>
        <translation>Un papier qui dit qui vous a aidé, quand, et ce qui a été fait.</translation>
    </message>
    <message>
        <source>Someone else helps me</source>
        <translation>Une autre personne m’aide</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Retour à aujourd’hui</translation>
    </message>
    <message>
        <source>Someone is helping me</source>
        <translation>Une personne m’aide</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translation>Êtes-vous d’accord&#xa0;?</translation>
    </message>
    <message>
        <source>Someone is helping you</source>
        <translation>Une personne vous aide</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>L’aide est finie</translation>
    </message>
    <message>
        <source>Fill this in together. Then you choose if you agree.</source>
        <translation>Remplissez ceci ensemble. Ensuite, vous choisissez si vous êtes d’accord.</translation>
    </message>
    <message>
        <source>Read this with the person who helps you. Only you decide.</source>
        <translation>Lisez ceci avec la personne qui vous aide. Vous seul décidez.</translation>
    </message>
    <message>
        <source>You can end the help at any time.</source>
        <translation>Vous pouvez arrêter l’aide à tout moment.</translation>
    </message>
    <message>
        <source>This is what was done during the help.</source>
        <translation>Voici ce qui a été fait pendant l’aide.</translation>
    </message>
    <message>
        <source>Write the first name of the person who helps you.</source>
        <translation>Écrivez le prénom de la personne qui vous aide.</translation>
    </message>
    <message>
        <source>This first name is too long or has a sign that cannot be used.</source>
        <translation>Ce prénom est trop long ou a un signe qui ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>This name is too long or has a sign that cannot be used.</source>
        <translation>Ce nom est trop long ou a un signe qui ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Choose what they may do.</source>
        <translation>Choisissez ce que cette personne peut faire.</translation>
    </message>
    <message>
        <source>Choose for how long.</source>
        <translation>Choisissez pendant combien de temps.</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Regarder seulement</translation>
    </message>
    <message>
        <source>Look and add</source>
        <translation>Regarder et ajouter</translation>
    </message>
    <message>
        <source>Look, add and change</source>
        <translation>Regarder, ajouter et changer</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 will help you until %2.</source>
        <translation>%1 va vous aider jusqu’à %2.</translation>
    </message>
    <message>
        <source>%1 may %2.</source>
        <translation>%1 peut %2.</translation>
    </message>
    <message>
        <source>%1 will not see your password or your recovery code.</source>
        <translation>%1 ne verra pas votre mot de passe ni votre code de secours.</translation>
    </message>
    <message>
        <source>To copy, print or remove, you type your password yourself.</source>
        <translation>Pour copier, imprimer ou supprimer, vous tapez vous-même votre mot de passe.</translation>
    </message>
    <message>
        <source>Everything done is written in your journal.</source>
        <translation>Tout ce qui est fait est écrit dans votre journal.</translation>
    </message>
    <message>
        <source>A help session is already going on. End it first.</source>
        <translation>Une aide est déjà en cours. Arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>One thing can be removed now. After that, it needs your password again.</source>
        <translation>Une chose peut être enlevée maintenant. Après, il faut de nouveau votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 helps you until %2. They may %3.</source>
        <translation>%1 vous aide jusqu’à %2. Cette personne peut %3.</translation>
    </message>
    <message>
        <source>%1 helped you until %2. They could %3.</source>
        <translation>%1 vous a aidé jusqu’à %2. Cette personne pouvait %3.</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>other records</source>
        <translation>autres choses</translation>
    </message>
    <message>
        <source>look at your carnet, without changing anything</source>
        <translation>regarder votre carnet, sans rien changer</translation>
    </message>
    <message>
        <source>look, and add new things to your carnet</source>
        <translation>regarder, et ajouter des choses nouvelles dans votre carnet</translation>
    </message>
    <message>
        <source>look, add new things and change what is written</source>
        <translation>regarder, ajouter des choses nouvelles et changer ce qui est écrit</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>%1, ajouts&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1, changements&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 removed: %2.</source>
        <translation>%1, suppressions&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was added or changed.</source>
        <translation>Rien n’a été ajouté ni changé.</translation>
    </message>
    <message>
        <source>I ended the help session.</source>
        <translation>J’ai arrêté l’aide.</translation>
    </message>
    <message>
        <source>The help session ended: “End the help” was pressed. The carnet was closed: it opens again with the password.</source>
        <translation>L’aide est finie&#xa0;: quelqu’un a appuyé sur «&#xa0;Arrêter l’aide&#xa0;». Le carnet est fermé. Il s’ouvre avec le mot de passe.</translation>
    </message>
    <message>
        <source>The help session ended: the time was over. The carnet was closed: it opens again with the password.</source>
        <translation>L’aide est finie&#xa0;: le temps était passé. Le carnet est fermé. Il s’ouvre avec le mot de passe.</translation>
    </message>
    <message>
        <source>The help session ended: a wrong password was typed 3 times. The carnet was closed: it opens again with the password.</source>
        <translation>L’aide est finie&#xa0;: un mauvais mot de passe a été tapé 3 fois. Le carnet est fermé. Il s’ouvre avec le mot de passe.</translation>
    </message>
    <message>
        <source>The help session ended here: a copy was put in place of this carnet. The help goes on in the copy.</source>
        <translation>L’aide est finie ici&#xa0;: une copie a pris la place de ce carnet. L’aide continue dans la copie.</translation>
    </message>
    <message>
        <source>The help session ended: the carnet was closed.</source>
        <translation>L’aide est finie&#xa0;: le carnet a été fermé.</translation>
    </message>
    <message>
        <source>The help session ended: Repères was stopped.</source>
        <translation>L’aide est finie&#xa0;: Repères a été arrêté.</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>The help session goes on: the copy could not take the place of the carnet. Nothing was changed.</source>
        <translation>L’aide continue&#xa0;: la copie n’a pas pu prendre la place du carnet. Rien n’a changé.</translation>
    </message>
    <message>
        <source>End the help</source>
        <translation>Arrêter l’aide</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Someone is helping you. This needs your password. Only you type it.</source>
        <translation>Une personne vous aide. Il faut votre mot de passe. Vous seul le tapez.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>hours entries</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organismes</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>papiers</translation>
    </message>
    <message>
        <source>papers attached</source>
        <translation>papiers joints</translation>
    </message>
    <message>
        <source>things to do</source>
        <translation>choses à faire</translation>
    </message>
    <message>
        <source>answers about your situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>hours targets</source>
        <translation>heures à faire</translation>
    </message>
    <message>
        <source>numbers kept for letters</source>
        <translation>numéros gardés pour les lettres</translation>
    </message>
    <message>
        <source>What was done before:</source>
        <translation>Ce qui a été fait avant&#xa0;:</translation>
    </message>
    <message>
        <source>During the help, I typed my password to %1.</source>
        <translation>Pendant l’aide, j’ai tapé mon mot de passe pour %1.</translation>
    </message>
    <message>
        <source>The help session goes on: a copy was put in place of the carnet. The carnet of before is kept, in “%1”.</source>
        <translation>L’aide continue&#xa0;: une copie a pris la place du carnet. Le carnet d’avant est gardé, dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say that this computer is my own computer</source>
        <translation>dire que cet ordinateur est mon ordinateur à moi</translation>
    </message>
    <message>
        <source>say that this computer is a shared computer</source>
        <translation>dire que cet ordinateur est partagé</translation>
    </message>
    <message>
        <source>keep my key on this computer</source>
        <translation>garder ma clé secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>forget my key on this computer</source>
        <translation>oublier ma clé secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>copy my carnet to a USB stick</source>
        <translation>copier mon carnet sur une clé USB</translation>
    </message>
    <message>
        <source>put a copy in place of my carnet</source>
        <translation>mettre une copie à la place de mon carnet</translation>
    </message>
    <message>
        <source>print the sheet “%1”</source>
        <translation>imprimer la feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>save the sheet “%1” as a PDF file</source>
        <translation>enregistrer la feuille «&#xa0;%1&#xa0;» en fichier PDF</translation>
    </message>
    <message>
        <source>remove one thing</source>
        <translation>enlever une chose</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Help session started. %1 may %2, until %3. I agreed.</source>
        <translation>Début de l’aide. %1 peut %2, jusqu’à %3. J’ai dit oui.</translation>
    </message>
    <message>
        <source>During the help, a wrong password was typed (%1 of %2).</source>
        <translation>Pendant l’aide, un mauvais mot de passe a été tapé (%1 sur %2).</translation>
    </message>
    <message>
        <source>%1 helps you until %2.</source>
        <translation>%1 vous aide jusqu’à %2.</translation>
    </message>
</context>
<context>
    <name>HoursScreen</name>
    <message>
        <source>Hours this week</source>
        <translation>Heures de cette semaine</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine d’avant</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine d’après</translation>
    </message>
    <message>
        <source>Entries of this week</source>
        <translation>Ce que vous avez noté cette semaine</translation>
    </message>
    <message>
        <source>Nothing written for this week yet.</source>
        <translation>Rien n’est encore noté pour cette semaine.</translation>
    </message>
    <message>
        <source>Entries of the week</source>
        <translation>Ce qui est noté pour la semaine</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation>Modifier cette ligne</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Enlever cette ligne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Puts back the entry you removed.</source>
        <translation>Remet la ligne que vous avez enlevée.</translation>
    </message>
    <message>
        <source>Remove this entry? You can undo it just after.</source>
        <translation>Enlever cette ligne&#xa0;? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Oui, l’enlever</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, la garder</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Proof (if you have one)</source>
        <translation>Preuve (si vous en avez une)</translation>
    </message>
    <message>
        <source>An attendance sheet, a certificate: kept with these hours.</source>
        <translation>Une feuille de présence, une attestation&#xa0;: gardée avec ces heures.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>For example 2 for two hours.</source>
        <translation>Par exemple 2 pour deux heures.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>From 0 to 59. Empty means 0.</source>
        <translation>De 0 à 59. Vide veut dire 0.</translation>
    </message>
    <message>
        <source>What kind of activity</source>
        <translation>Quelle activité</translation>
    </message>
    <message>
        <source>With which organisation</source>
        <translation>Avec quel organisme</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Note (si vous voulez)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois d’avant</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois d’après</translation>
    </message>
    <message>
        <source>Print a statement for a period</source>
        <translation>Imprimer un relevé d’heures</translation>
    </message>
    <message>
        <source>Hours written in your contract</source>
        <translation>Heures écrites dans votre contrat</translation>
    </message>
    <message>
        <source>Hours each week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>Write the number of your contract. Write 0 if you are exempted.</source>
        <translation>Écrivez le nombre de votre contrat. Écrivez 0 si vous en êtes dispensé.</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Enregistrer ce nombre</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>Mes heures d’activité</translation>
    </message>
    <message>
        <source>Write down your hours of activity. This count is yours: Repères sends nothing.</source>
        <translation>Notez vos heures d’activité. Ce compte est à vous&#xa0;: Repères n’envoie rien.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Immersion in a company</source>
        <translation>Immersion en entreprise</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Job interview</source>
        <translation>Entretien d’embauche</translation>
    </message>
    <message>
        <source>Appointment with a social worker</source>
        <translation>Rendez-vous avec un travailleur social</translation>
    </message>
    <message>
        <source>Steps for my rights</source>
        <translation>Démarches pour mes droits</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Finding childcare</source>
        <translation>Garde des enfants</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Week from %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>%1 this week. Your contract asks for no hours.</source>
        <translation>%1 cette semaine. Votre contrat ne demande pas d’heures.</translation>
    </message>
    <message>
        <source>%1 that week. Your contract asked for no hours.</source>
        <translation>%1 cette semaine-là. Votre contrat ne demandait pas d’heures.</translation>
    </message>
    <message>
        <source>%1 of %2 this week.</source>
        <translation>%1 sur %2 cette semaine.</translation>
    </message>
    <message>
        <source>%1 of %2 that week.</source>
        <translation>%1 sur %2 cette semaine-là.</translation>
    </message>
    <message>
        <source>You reached the number written in your contract.</source>
        <translation>Vous avez atteint le nombre écrit dans votre contrat.</translation>
    </message>
    <message>
        <source>%1 more to reach it.</source>
        <translation>Encore %1 pour l’atteindre.</translation>
    </message>
    <message>
        <source>15 h is the usual number. Write yours at the bottom of this screen.</source>
        <translation>15&#xa0;h est le nombre habituel. Écrivez le vôtre en bas de cet écran.</translation>
    </message>
    <message>
        <source>Entries of that week</source>
        <translation>Ce qui est noté cette semaine-là</translation>
    </message>
    <message>
        <source>%1 in this month.</source>
        <translation>%1 ce mois-ci.</translation>
    </message>
    <message>
        <source>Week from %1 to %2: %3 of %4.</source>
        <translation>Semaine du %1 au %2&#xa0;: %3 sur %4.</translation>
    </message>
    <message>
        <source>Week from %1 to %2: %3.</source>
        <translation>Semaine du %1 au %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelles heures</translation>
    </message>
    <message>
        <source>The entry is changed.</source>
        <translation>La ligne est modifiée.</translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>C’est enregistré.</translation>
    </message>
    <message>
        <source>Write the minutes from 0 to 59.</source>
        <translation>Écrivez les minutes, de 0 à 59.</translation>
    </message>
    <message>
        <source>This entry is no longer in your carnet.</source>
        <translation>Cette ligne n’est plus dans votre carnet.</translation>
    </message>
    <message>
        <source>Noted: %1, %2</source>
        <translation>Noté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>The entry is removed. Press “Undo” to put it back.</source>
        <translation>La ligne est enlevée. Appuyez sur «&#xa0;Annuler&#xa0;» pour la remettre.</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>La ligne est remise.</translation>
    </message>
    <message>
        <source>Saved: %1 each week, from this week on.</source>
        <translation>Enregistré&#xa0;: %1 par semaine, à partir de cette semaine.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>Write an entry</source>
        <translation>Écrire un échange</translation>
    </message>
    <message>
        <source>Print an extract for a contestation</source>
        <translation>Imprimer un extrait pour une contestation</translation>
    </message>
    <message>
        <source>Exchanges, newest first</source>
        <translation>Échanges, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Nothing written yet. Press “Write an entry” after a call.</source>
        <translation>Rien n’est encore écrit. Appuyez sur «&#xa0;Écrire un échange&#xa0;» après un appel.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions d’avant</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corriger cet échange</translation>
    </message>
    <message>
        <source>Writes a new version. The old one stays visible.</source>
        <translation>Écrit une nouvelle version. L’ancienne reste visible.</translation>
    </message>
    <message>
        <source>Read this entry</source>
        <translation>Lire cet échange</translation>
    </message>
    <message>
        <source>Day of the exchange</source>
        <translation>Jour de l’échange</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Enregistrer cet échange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What kind of exchange</source>
        <translation>Quel échange</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>For example: Ms Martin, my adviser.</source>
        <translation>Par exemple&#xa0;: Mme Martin, ma conseillère.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>What you or they will do next.</source>
        <translation>Ce que vous ou eux ferez ensuite.</translation>
    </message>
    <message>
        <source>Journal of exchanges</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Write down each call, letter or visit. A correction never erases the old text.</source>
        <translation>Notez chaque appel, courrier ou visite. Une correction n’efface jamais l’ancien texte.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Décision reçue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters or photos kept with this entry. They are sealed with it.</source>
        <translation>Courriers ou photos gardés avec cet échange. Ils sont scellés avec lui.</translation>
    </message>
    <message>
        <source>Person in your directory</source>
        <translation>Personne de vos contacts</translation>
    </message>
    <message>
        <source>Your conseiller or référent, if you wrote them in your directory.</source>
        <translation>Votre conseiller ou référent, si vous l’avez écrit dans vos contacts.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigé)</translation>
    </message>
    <message>
        <source>With: %1.</source>
        <translation>Avec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What was said: %1</source>
        <translation>Ce qui a été dit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>La suite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written on %1 at %2.</source>
        <translation>Écrit le %1 à %2.</translation>
    </message>
    <message>
        <source>Repères is checking that nothing was changed…</source>
        <translation>Repères vérifie que rien n’a été changé…</translation>
    </message>
    <message>
        <source>Repères could not check the journal. Please try again later.</source>
        <translation>Repères n’a pas pu vérifier le journal. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The journal holds 1 version. Nothing was changed behind Repères’ back.</source>
        <translation>Le journal contient 1&#xa0;version. Rien n’a été changé en dehors de Repères.</translation>
    </message>
    <message>
        <source>The journal holds %1 versions. Nothing was changed behind Repères’ back.</source>
        <translation>Le journal contient %1&#xa0;versions. Rien n’a été changé en dehors de Repères.</translation>
    </message>
    <message>
        <source>The journal was changed outside Repères, or it is damaged. Keep a copy of your carnet and ask for help.</source>
        <translation>Le journal a été changé en dehors de Repères, ou il est abîmé. Gardez une copie de votre carnet et demandez de l’aide.</translation>
    </message>
    <message>
        <source>The journal was changed outside Repères, or it is damaged, near version %1. Keep a copy of your carnet and ask for help.</source>
        <translation>Le journal a été changé en dehors de Repères, ou il est abîmé, vers la version %1. Gardez une copie de votre carnet et demandez de l’aide.</translation>
    </message>
    <message>
        <source>This entry is not in your carnet.</source>
        <translation>Cet échange n’est pas dans votre carnet.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Documents sealed with this entry: %1.</source>
        <translation>Documents scellés avec cet échange&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Voir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Version %1. %2</source>
        <translation>Version %1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>The correction is saved. The old version stays visible.</source>
        <translation>La correction est enregistrée. L’ancienne version reste visible.</translation>
    </message>
    <message>
        <source>The entry is saved in your journal.</source>
        <translation>L’échange est enregistré dans votre journal.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>By post</source>
        <translation>Par la poste</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par courriel</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Écrire une lettre</translation>
    </message>
    <message>
        <source>Which letter?</source>
        <translation>Quelle lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Letter models</source>
        <translation>Modèles de lettres</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Prendre ce modèle</translation>
    </message>
    <message>
        <source>Show all the models</source>
        <translation>Voir tous les modèles</translation>
    </message>
    <message>
        <source>Date of the letter you answer</source>
        <translation>Date de la lettre à laquelle vous répondez</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Jour où vous l’avez reçue</translation>
    </message>
    <message>
        <source>Day of the appointment</source>
        <translation>Jour du rendez-vous</translation>
    </message>
    <message>
        <source>Lines of my journal to quote</source>
        <translation>Lignes de mon journal à citer</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>Écrire la lettre</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>Autres modèles</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Votre lettre</translation>
    </message>
    <message>
        <source>You can change every word. Then print it or keep it.</source>
        <translation>Vous pouvez changer chaque mot. Ensuite, imprimez-la ou gardez-la.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Imprimer ou enregistrer en PDF</translation>
    </message>
    <message>
        <source>Read the letter</source>
        <translation>Lire la lettre</translation>
    </message>
    <message>
        <source>I sent it: keep it in my journal</source>
        <translation>Je l’ai envoyée&#xa0;: la garder dans mon journal</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Changer les réponses</translation>
    </message>
    <message>
        <source>When and how did you send it?</source>
        <translation>Quand et comment l’avez-vous envoyée&#xa0;?</translation>
    </message>
    <message>
        <source>Day you sent it</source>
        <translation>Jour de l’envoi</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>En recommandé</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Déposée sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Keep them in my carnet</source>
        <translation>Les garder dans mon carnet</translation>
    </message>
    <message>
        <source>For your next letters.</source>
        <translation>Pour vos prochaines lettres.</translation>
    </message>
    <message>
        <source>How did you send it? Registered post with acknowledgement of receipt is safest.</source>
        <translation>Comment l’avez-vous envoyée&#xa0;? Le recommandé avec accusé de réception est le plus sûr.</translation>
    </message>
    <message>
        <source>Keep it in my journal</source>
        <translation>La garder dans mon journal</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <source>Kept in your journal, with the day you sent it and how.</source>
        <translation>Gardée dans votre journal, avec le jour et la façon de l’envoi.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your numbers (France Travail, CAF…)</source>
        <translation>Vos numéros (France Travail, CAF…)</translation>
    </message>
    <message>
        <source>Only if you want them in the letter.</source>
        <translation>Seulement si vous les voulez dans la lettre.</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>In your words: what happened, or why</source>
        <translation>Avec vos mots&#xa0;: ce qui s’est passé, ou pourquoi</translation>
    </message>
    <message>
        <source>Short sentences are fine. You can change the letter afterwards.</source>
        <translation>Des phrases courtes suffisent. Vous pourrez changer la lettre ensuite.</translation>
    </message>
    <message>
        <source>Tick the exchanges that show what happened.</source>
        <translation>Cochez les échanges qui montrent ce qui s’est passé.</translation>
    </message>
    <message>
        <source>This letter</source>
        <translation>Cette lettre</translation>
    </message>
    <message>
        <source>Choose how you sent it.</source>
        <translation>Choisissez comment vous l’avez envoyée.</translation>
    </message>
    <message>
        <source>This day has not come yet. Write the day you sent it.</source>
        <translation>Ce jour n’est pas encore arrivé. Écrivez le jour de l’envoi.</translation>
    </message>
    <message>
        <source>Keep the proof that you sent it.</source>
        <translation>Gardez la preuve de l’envoi.</translation>
    </message>
    <message>
        <source>Choose a model. Repères fills it from your carnet.</source>
        <translation>Choisissez un modèle. Repères le remplit avec votre carnet.</translation>
    </message>
    <message>
        <source>Check what goes in the letter. Nothing is sent by Repères.</source>
        <translation>Vérifiez ce qui va dans la lettre. Repères n’envoie rien.</translation>
    </message>
    <message>
        <source>Read your letter, change it if needed, then print it.</source>
        <translation>Relisez votre lettre, changez-la si besoin, puis imprimez-la.</translation>
    </message>
    <message>
        <source>Write when and how you sent it, to keep a trace.</source>
        <translation>Notez quand et comment vous l’avez envoyée, pour garder une trace.</translation>
    </message>
    <message>
        <source>Letter sent on %1 (%2): %3</source>
        <translation>Lettre envoyée le %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The settings file of this computer may have been written by someone else. Repères did not read it and uses its first settings. Choose yours again in Settings.</source>
        <translation>Le fichier des réglages de cet ordinateur a peut-être été écrit par quelqu’un d’autre. Repères ne l’a pas lu&#xa0;: il utilise ses réglages de départ. Choisissez de nouveau les vôtres dans Réglages.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quitter vite</translation>
    </message>
    <message>
        <source>Hides Repères at once and closes your carnet.</source>
        <translation>Cache Repères tout de suite et ferme votre carnet.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Reads this screen aloud.</source>
        <translation>Lit cet écran à voix haute.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Prints a sheet of this screen, or saves it as a PDF file.</source>
        <translation>Imprime une feuille de cet écran, ou l’enregistre en fichier PDF.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Revenir au premier écran.</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Texte plus petit (touches Ctrl et moins)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Texte plus grand (touches Ctrl et plus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Closes your carnet. Your password is needed to open it again.</source>
        <translation>Ferme votre carnet. Il faudra votre mot de passe pour l’ouvrir à nouveau.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Nobody has used Repères for a while. Your carnet will close in %1 seconds.</source>
        <translation>Personne n’a utilisé Repères depuis un moment. Votre carnet va se fermer dans %1&#xa0;secondes.</translation>
    </message>
    <message>
        <source>The text is already as small as it gets.</source>
        <translation>Le texte est déjà à sa plus petite taille.</translation>
    </message>
    <message>
        <source>The text is already as large as it gets.</source>
        <translation>Le texte est déjà à sa plus grande taille.</translation>
    </message>
    <message>
        <source>Text: %1 %</source>
        <translation>Texte&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>The settings say this is your own computer, but you did not choose it with your carnet. So your carnet closes after a few minutes without use, as on a shared computer. If this is your own computer, choose it again in Settings.</source>
        <translation>Les réglages disent que cet ordinateur est à vous. Mais vous ne l’avez pas choisi avec votre carnet. Alors votre carnet se ferme après quelques minutes sans usage, comme sur un ordinateur partagé. Si cet ordinateur est à vous, choisissez-le de nouveau dans les Réglages.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Paste the text of an SMS, an e-mail or a letter. Or choose a photo or a PDF of a letter: Repères reads it for you.</source>
        <translation>Collez le texte d’un SMS, d’un e-mail ou d’une lettre. Ou choisissez une photo ou un PDF d’une lettre&#xa0;: Repères la lit pour vous.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>Paste it with Ctrl+V, or type it.</source>
        <translation>Collez-le avec Ctrl+V, ou tapez-le.</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF of a letter</source>
        <translation>Choisir une photo ou un PDF d’une lettre</translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation>Lire le texte à voix haute</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Jour où vous l’avez reçu</translation>
    </message>
    <message>
        <source>Words like “tomorrow” and the deadlines count from this day.</source>
        <translation>Les mots comme «&#xa0;demain&#xa0;» et les délais comptent à partir de ce jour.</translation>
    </message>
    <message>
        <source>Understand</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>See it in my agenda</source>
        <translation>Le voir dans mon agenda</translation>
    </message>
    <message>
        <source>What Repères understood</source>
        <translation>Ce que Repères a compris</translation>
    </message>
    <message>
        <source>There is an appointment in it</source>
        <translation>Il y a un rendez-vous dedans</translation>
    </message>
    <message>
        <source>Which is the date of the appointment?</source>
        <translation>Quelle est la date du rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Qu’est-ce que c’est&#xa0;?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>14:30</source>
        <translation>14 h 30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>For example: 9:00 or 14:30.</source>
        <translation>Par exemple&#xa0;: 9 h ou 14 h 30.</translation>
    </message>
    <message>
        <source>I go there</source>
        <translation>J’y vais sur place</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video, on a screen</source>
        <translation>En vidéo, sur un écran</translation>
    </message>
    <message>
        <source>How does it take place?</source>
        <translation>Comment se passe le rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Address, phone number or link</source>
        <translation>Adresse, numéro de téléphone ou lien</translation>
    </message>
    <message>
        <source>Thing to bring, line %1</source>
        <translation>À apporter, ligne %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Enlever la ligne %1</translation>
    </message>
    <message>
        <source>Add a thing to bring</source>
        <translation>Ajouter une chose à apporter</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>The message says I must come</source>
        <translation>Le message dit que je dois venir</translation>
    </message>
    <message>
        <source>Read what Repères understood</source>
        <translation>Lire ce que Repères a compris</translation>
    </message>
    <message>
        <source>For example: 25/03/2026, 4/12, tomorrow or next Monday.</source>
        <translation>Par exemple&#xa0;: 25/03/2026, 4/12, demain ou lundi prochain.</translation>
    </message>
    <message>
        <source>Is everything right? Nothing is saved until you say yes.</source>
        <translation>Est-ce que tout est juste&#xa0;? Rien n’est enregistré avant votre «&#xa0;oui&#xa0;».</translation>
    </message>
    <message>
        <source>Yes, save this appointment</source>
        <translation>Oui, enregistrer ce rendez-vous</translation>
    </message>
    <message>
        <source>No, do not save</source>
        <translation>Non, ne pas enregistrer</translation>
    </message>
    <message>
        <source>Keep only the letter and its text</source>
        <translation>Garder seulement la lettre et son texte</translation>
    </message>
    <message>
        <source>Count the deadlines of this letter</source>
        <translation>Compter les délais de cette lettre</translation>
    </message>
    <message>
        <source>A message or a letter</source>
        <translation>Un message ou une lettre</translation>
    </message>
    <message>
        <source>Repères proposes the appointment. You check it before it is saved.</source>
        <translation>Repères propose le rendez-vous. Vous le vérifiez avant qu’il soit enregistré.</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>Quoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Date: %1.</source>
        <translation>Date&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Heure&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation>Où&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To bring: %1.</source>
        <translation>À apporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Paste a message first, or choose a photo of a letter.</source>
        <translation>Collez d’abord un message, ou choisissez la photo d’une lettre.</translation>
    </message>
    <message>
        <source>This text is too long: %1 signs. Paste only the message, %2 signs at most.</source>
        <translation>Ce texte est trop long&#xa0;: %1 signes. Collez seulement le message, %2 signes au plus.</translation>
    </message>
    <message>
        <source>Former appointment, cancelled or replaced: %1.</source>
        <translation>Ancien rendez-vous, annulé ou remplacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <translation>Rendez-vous avec %1</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Choose the date of the appointment in the list above.</source>
        <translation>Choisissez la date du rendez-vous dans la liste au-dessus.</translation>
    </message>
    <message>
        <source>Letter received: %1. Its text is kept with the document.</source>
        <translation>Lettre reçue&#xa0;: %1. Son texte est gardé avec le document.</translation>
    </message>
    <message>
        <source>Saved in your agenda. The message is kept in your journal.</source>
        <translation>Enregistré dans votre agenda. Le message est gardé dans votre journal.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The letter and its text are kept in your documents.</source>
        <translation>La lettre et son texte sont gardés dans vos documents.</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos et fichiers PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This document is no longer in your carnet.</source>
        <translation>Ce document n’est plus dans votre carnet.</translation>
    </message>
    <message>
        <source>Here is the text read on this letter before.</source>
        <translation>Voici le texte déjà lu sur cette lettre.</translation>
    </message>
    <message>
        <source>The text is kept with the letter in your carnet.</source>
        <translation>Le texte est gardé avec la lettre dans votre carnet.</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>It is an appointment.</source>
        <translation>C’est un rendez-vous.</translation>
    </message>
    <message>
        <source>They ask you to send papers.</source>
        <translation>On vous demande d’envoyer des papiers.</translation>
    </message>
    <message>
        <source>They plan to take a sanction against you. Nothing is decided yet.</source>
        <translation>Ils pensent prendre une sanction contre vous. Rien n’est encore décidé.</translation>
    </message>
    <message>
        <source>It is a decision about your rights.</source>
        <translation>C’est une décision sur vos droits.</translation>
    </message>
    <message>
        <source>It is a piece of news. Repères found no appointment in it.</source>
        <translation>C’est une information. Repères n’y a pas trouvé de rendez-vous.</translation>
    </message>
    <message>
        <source>You can answer them in writing. You have %1 days from the date printed on the letter, %2. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</source>
        <translation>Vous pouvez leur répondre par écrit. Vous avez %1 jours à partir de la date écrite sur la lettre, le %2. C’est le jour où elle a été envoyée, pas le jour où elle est arrivée. Expliquez ce qui s’est passé et joignez vos preuves.</translation>
    </message>
    <message>
        <source>You can answer them in writing. You have %1 days from the date printed on the letter. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</source>
        <translation>Vous pouvez leur répondre par écrit. Vous avez %1 jours à partir de la date écrite sur la lettre. C’est le jour où elle a été envoyée, pas le jour où elle est arrivée. Expliquez ce qui s’est passé et joignez vos preuves.</translation>
    </message>
    <message>
        <source>Check each line below, then save the appointment. If you cannot go, call them before the day and say why.</source>
        <translation>Vérifiez chaque ligne ci-dessous, puis enregistrez le rendez-vous. Si vous ne pouvez pas y aller, appelez-les avant le jour et dites pourquoi.</translation>
    </message>
    <message>
        <source>Send the papers they ask for before the date given. Keep a copy, and write down the day you sent them.</source>
        <translation>Envoyez les papiers demandés avant la date donnée. Gardez une copie, et notez le jour de l’envoi.</translation>
    </message>
    <message>
        <source>If you do not agree, you can contest this decision. There are deadlines: Repères can count them for you.</source>
        <translation>Si vous n’êtes pas d’accord, vous pouvez contester cette décision. Il y a des délais&#xa0;: Repères peut les compter pour vous.</translation>
    </message>
    <message>
        <source>Keep it if it may be useful. If something is unclear, ask someone you trust.</source>
        <translation>Gardez-la si elle peut servir. Si quelque chose n’est pas clair, demandez à une personne de confiance.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day you received it: %1.</source>
        <translation>Les jours comme «&#xa0;demain&#xa0;» sont comptés depuis le jour où vous avez reçu le message&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day the e-mail was sent: %1.</source>
        <translation>Les jours comme «&#xa0;demain&#xa0;» sont comptés depuis le jour où le mail a été envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day the message was sent: %1.</source>
        <translation>Les jours comme «&#xa0;demain&#xa0;» sont comptés depuis le jour où le message a été envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the date written on the letter: %1.</source>
        <translation>Les jours comme «&#xa0;demain&#xa0;» sont comptés depuis la date écrite sur la lettre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the date of the message answered: %1.</source>
        <translation>Les jours comme «&#xa0;demain&#xa0;» sont comptés depuis la date du message auquel on répond&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Is the appointment on %1?</source>
        <translation>Le rendez-vous est-il le %1&#xa0;?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Repères found no date of appointment. Write the date yourself if there is one.</source>
        <translation>Repères n’a pas trouvé de date de rendez-vous. Écrivez la date vous-même s’il y en a une.</translation>
    </message>
    <message>
        <source>Repères found no time. Write the time yourself.</source>
        <translation>Repères n’a pas trouvé d’heure. Écrivez l’heure vous-même.</translation>
    </message>
    <message>
        <source>Repères found a time but no date. Write the date yourself.</source>
        <translation>Repères a trouvé une heure mais pas de date. Écrivez la date vous-même.</translation>
    </message>
    <message>
        <source>The message gives no exact date, for example “next week”. Ask them for the date, or write it yourself.</source>
        <translation>Le message ne donne pas de date exacte, par exemple «&#xa0;la semaine prochaine&#xa0;». Demandez-leur la date, ou écrivez-la vous-même.</translation>
    </message>
    <message>
        <source>The message gives more than one date. Choose the date of the appointment.</source>
        <translation>Le message donne plusieurs dates. Choisissez la date du rendez-vous.</translation>
    </message>
    <message>
        <source>This date is already past. Check the date and the year.</source>
        <translation>Cette date est déjà passée. Vérifiez la date et l’année.</translation>
    </message>
    <message>
        <source>The day of the week and the date do not match. Check which one is right.</source>
        <translation>Le jour de la semaine et la date ne vont pas ensemble. Vérifiez lequel est juste.</translation>
    </message>
    <message>
        <source>The message gives no year. Choose the right one.</source>
        <translation>Le message ne donne pas l’année. Choisissez la bonne.</translation>
    </message>
    <message>
        <source>Repères is not sure of this day.</source>
        <translation>Repères n’est pas sûr de ce jour.</translation>
    </message>
    <message>
        <source>The message gives a date that does not exist, like 31 February. Check it with them.</source>
        <translation>Le message donne une date qui n’existe pas, comme le 31 février. Vérifiez avec eux.</translation>
    </message>
    <message>
        <source>This time does not exist that day: the clocks change that night. Check it.</source>
        <translation>Cette heure n’existe pas ce jour-là&#xa0;: on change d’heure cette nuit-là. Vérifiez-la.</translation>
    </message>
    <message>
        <source>Repères found no address. Write it yourself if you know it.</source>
        <translation>Repères n’a pas trouvé d’adresse. Écrivez-la vous-même si vous la connaissez.</translation>
    </message>
    <message>
        <source>This message does not seem to be in French. Repères understands French only: check every line.</source>
        <translation>Ce message ne semble pas être en français. Repères comprend seulement le français&#xa0;: vérifiez chaque ligne.</translation>
    </message>
    <message>
        <source>The message says you must come.</source>
        <translation>Le message dit que vous devez venir.</translation>
    </message>
    <message>
        <source>The message speaks of a sanction: “%1”</source>
        <translation>Le message parle d’une sanction&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading letters is not available on this computer: the reading program (Tesseract) is missing. You can type the text instead.</source>
        <translation>La lecture des lettres n’est pas disponible sur cet ordinateur&#xa0;: le programme de lecture (Tesseract) manque. Vous pouvez taper le texte à la place.</translation>
    </message>
    <message>
        <source>Reading letters is not available on this computer: the French language of the reading program is missing. You can type the text instead.</source>
        <translation>La lecture des lettres n’est pas disponible sur cet ordinateur&#xa0;: le français du programme de lecture manque. Vous pouvez taper le texte à la place.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password. Repères cannot read it. Print it, or save it again without a password.</source>
        <translation>Ce PDF est fermé par un mot de passe. Repères ne peut pas le lire. Imprimez-le, ou enregistrez-le à nouveau sans mot de passe.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Please export it again.</source>
        <translation>Ce fichier PDF est abîmé. Merci de l’exporter à nouveau.</translation>
    </message>
    <message>
        <source>Repères reads photos (JPEG, PNG or TIFF) and PDF files only.</source>
        <translation>Repères lit les photos (JPEG, PNG ou TIFF) et les fichiers PDF.</translation>
    </message>
    <message>
        <source>This image is too large to be read. Take the photo again in normal size.</source>
        <translation>Cette image est trop grande pour être lue. Reprenez la photo en taille normale.</translation>
    </message>
    <message>
        <source>This file asks too much memory or time of the computer. It was not read. You can type the text.</source>
        <translation>Ce fichier demande trop de mémoire ou de temps à l’ordinateur. Il n’a pas été lu. Vous pouvez taper le texte.</translation>
    </message>
    <message>
        <source>Reading stopped. Nothing was kept.</source>
        <translation>La lecture est arrêtée. Rien n’a été gardé.</translation>
    </message>
    <message>
        <source>The letter could not be read. Nothing was kept. You can type the text.</source>
        <translation>La lettre n’a pas pu être lue. Rien n’a été gardé. Vous pouvez taper le texte.</translation>
    </message>
    <message>
        <source>Here is the text of the letter. Check it against the paper.</source>
        <translation>Voici le texte de la lettre. Comparez-le avec le papier.</translation>
    </message>
    <message>
        <source>Some words may be wrong. Check the text against the paper and correct it.</source>
        <translation>Certains mots peuvent être faux. Comparez le texte avec le papier et corrigez-le.</translation>
    </message>
    <message>
        <source>The photo is too hard to read. Nothing was kept. Take the photo again: flat, sharp and in good light. Or type the text.</source>
        <translation>La photo est trop difficile à lire. Rien n’a été gardé. Reprenez la photo&#xa0;: à plat, nette et bien éclairée. Ou tapez le texte.</translation>
    </message>
    <message>
        <source>Repères found no text on this picture. Nothing was kept. Is it the right file?</source>
        <translation>Repères n’a pas trouvé de texte sur cette image. Rien n’a été gardé. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>This PDF has %1 pages. Repères read the first %2 pages only.</source>
        <translation>Ce PDF a %1 pages. Repères a lu seulement les %2 premières pages.</translation>
    </message>
    <message>
        <source>Reading the letter… It can take a minute.</source>
        <translation>Lecture de la lettre… Cela peut prendre une minute.</translation>
    </message>
    <message>
        <source>Reading page %1 of %2… It can take a few minutes.</source>
        <translation>Lecture de la page %1 sur %2… Cela peut prendre quelques minutes.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Nothing was changed. Please try again.</source>
        <translation>Il y a eu un problème. Rien n’a été changé. Vous pouvez essayer encore.</translation>
    </message>
    <message>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This code does not open the carnet. Check each group of 4 letters or numbers.</source>
        <translation>Ce code n’ouvre pas le carnet. Vérifiez chaque groupe de 4 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>This password does not open the carnet. Check capital letters and accents, then try again.</source>
        <translation>Ce mot de passe n’ouvre pas le carnet. Vérifiez les majuscules et les accents, puis essayez encore.</translation>
    </message>
    <message>
        <source>This carnet is damaged and cannot be opened. It was not changed. Ask for help to open a copy.</source>
        <translation>Ce carnet est abîmé. Il ne peut pas être ouvert. Il n’a pas été changé. Demandez de l’aide pour ouvrir une copie.</translation>
    </message>
    <message>
        <source>This carnet was made by a newer Repères. Please install the new Repères to open it. The carnet was not changed.</source>
        <translation>Ce carnet a été créé avec une version plus récente de Repères. Pour l’ouvrir, installez la nouvelle version de Repères. Le carnet n’a pas été changé.</translation>
    </message>
    <message>
        <source>No carnet was found here. You can create one, or open one on a USB stick.</source>
        <translation>Il n’y a pas de carnet ici. Vous pouvez en créer un, ou ouvrir un carnet sur une clé USB.</translation>
    </message>
    <message>
        <source>This carnet is already open in another Repères window. Close that window first.</source>
        <translation>Ce carnet est déjà ouvert dans une autre fenêtre de Repères. Fermez d’abord cette fenêtre.</translation>
    </message>
    <message>
        <source>Repères did not open this carnet, to keep it safe. Please ask for help.</source>
        <translation>Repères n’a pas ouvert ce carnet, pour le protéger. Demandez de l’aide, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible right now. Everything else works.</source>
        <translation>La lecture à voix haute n’est pas possible pour le moment. Tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Removing needs your password: open “Someone is helping me”.</source>
        <translation>Pour supprimer, il faut votre mot de passe&#xa0;: ouvrez «&#xa0;Une personne m’aide&#xa0;».</translation>
    </message>
    <message>
        <source>This password is too long. Use fewer than 1024 letters or signs.</source>
        <translation>Ce mot de passe est trop long. Utilisez moins de 1024 lettres ou signes.</translation>
    </message>
    <message>
        <source>This password has a sign that cannot be used.</source>
        <translation>Ce mot de passe contient un signe qui ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: there is no voice on this computer. Everything else works.</source>
        <translation>La lecture à voix haute n’est pas possible&#xa0;: il n’y a pas de voix sur cet ordinateur. Tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible on this computer yet. Everything else works.</source>
        <translation>La lecture à voix haute n’est pas encore possible sur cet ordinateur. Tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: no sound output was found. Are the speakers or headphones plugged in?</source>
        <translation>La lecture à voix haute n’est pas possible&#xa0;: aucune sortie de son n’a été trouvée. Les haut-parleurs ou le casque sont-ils branchés&#xa0;?</translation>
    </message>
    <message>
        <source>The sound stopped. Check the speakers or headphones, then press “Read” again.</source>
        <translation>Le son s’est arrêté. Vérifiez les haut-parleurs ou le casque, puis appuyez de nouveau sur «&#xa0;Lire&#xa0;».</translation>
    </message>
    <message>
        <source>The voice stopped working. Press “Read” to try again.</source>
        <translation>La voix ne fonctionne plus. Appuyez sur «&#xa0;Lire&#xa0;» pour essayer encore.</translation>
    </message>
    <message>
        <source>The chosen voice is not here any more. Another voice reads.</source>
        <translation>La voix choisie n’est plus là. Une autre voix lit.</translation>
    </message>
    <message>
        <source>During this help session, nothing can be changed. Nothing was saved.</source>
        <translation>Pendant cette aide, rien ne peut être changé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>During this help session, only new things can be added. Nothing was changed.</source>
        <translation>Pendant cette aide, on peut seulement ajouter des choses nouvelles. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The disk or the USB stick is full. What you saved before is safe.</source>
        <translation>Il n’y a plus de place sur l’ordinateur ou sur la clé USB. Ce que vous avez enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>Repères cannot write here. Is the USB stick still plugged in? What you saved before is safe.</source>
        <translation>Repères ne peut pas écrire ici. Vérifiez que la clé USB est toujours branchée. Ce que vous avez enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>There is already a carnet in this folder. Choose another folder.</source>
        <translation>Il y a déjà un carnet dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters, or a few words.</source>
        <translation>Ce mot de passe est trop court. Mettez au moins 8 lettres ou chiffres, ou quelques mots.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Put a few words together, or press “Suggest a password”.</source>
        <translation>Ce mot de passe est trop facile à deviner. Mettez quelques mots ensemble, ou appuyez sur «&#xa0;Proposer un mot de passe&#xa0;».</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Les deux mots de passe ne sont pas pareils. Tapez-les encore une fois, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>ObligationsScreen</name>
    <message>
        <source>My situation</source>
        <translation>Ma situation</translation>
    </message>
    <message>
        <source>Answer what you know. Repères guesses nothing. You can change it later.</source>
        <translation>Répondez à ce que vous savez. Repères ne devine rien. Vous pourrez changer plus tard.</translation>
    </message>
    <message>
        <source>Are you registered with France Travail?</source>
        <translation>Êtes-vous inscrit à France Travail&#xa0;?</translation>
    </message>
    <message>
        <source>Do you receive the RSA, the revenu de solidarité active?</source>
        <translation>Touchez-vous le RSA, le revenu de solidarité active&#xa0;?</translation>
    </message>
    <message>
        <source>Do you receive the prime d’activité?</source>
        <translation>Touchez-vous la prime d’activité&#xa0;?</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>MSA (farming)</source>
        <translation>MSA (agriculture)</translation>
    </message>
    <message>
        <source>Who pays it?</source>
        <translation>Qui la verse&#xa0;?</translation>
    </message>
    <message>
        <source>I do not know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>In which month does CAF or MSA ask for your quarterly declaration?</source>
        <translation>En quel mois la CAF ou la MSA demande-t-elle votre déclaration des trois mois&#xa0;?</translation>
    </message>
    <message>
        <source>Give one of these months. Repères counts the next ones from it.</source>
        <translation>Donnez un de ces mois. Repères compte les suivants à partir de lui.</translation>
    </message>
    <message>
        <source>Did you sign a contract that asks for hours of activity each week?</source>
        <translation>Avez-vous signé un contrat qui demande des heures d’activité chaque semaine&#xa0;?</translation>
    </message>
    <message>
        <source>For example a contrat d’engagement with France Travail or your référent.</source>
        <translation>Par exemple un contrat d’engagement avec France Travail ou votre référent.</translation>
    </message>
    <message>
        <source>Are you in the CEJ, the contrat d’engagement jeune, at the Mission locale?</source>
        <translation>Êtes-vous en CEJ, le contrat d’engagement jeune, à la Mission locale&#xa0;?</translation>
    </message>
    <message>
        <source>Last day of your RQTH</source>
        <translation>Dernier jour de votre reconnaissance de travailleur handicapé</translation>
    </message>
    <message>
        <source>The RQTH is the reconnaissance de la qualité de travailleur handicapé. If you have it, write its last day.</source>
        <translation>La RQTH est la reconnaissance de la qualité de travailleur handicapé. Si vous l’avez, écrivez son dernier jour.</translation>
    </message>
    <message>
        <source>Leave it empty if you do not have it.</source>
        <translation>Laissez vide si vous ne l’avez pas.</translation>
    </message>
    <message>
        <source>Day you received your orientation letter</source>
        <translation>Jour où vous avez reçu votre courrier d’orientation</translation>
    </message>
    <message>
        <source>The day you received your orientation letter, if you have one</source>
        <translation>Le jour où vous avez reçu votre courrier d’orientation, si vous en avez un</translation>
    </message>
    <message>
        <source>This letter says who follows you. A contract is signed in the next month.</source>
        <translation>Ce courrier dit qui vous accompagne. Un contrat se signe dans le mois qui suit.</translation>
    </message>
    <message>
        <source>Save my situation</source>
        <translation>Enregistrer ma situation</translation>
    </message>
    <message>
        <source>Something changed in your life?</source>
        <translation>Quelque chose a changé dans votre vie&#xa0;?</translation>
    </message>
    <message>
        <source>A move, a new job, a birth, a separation: write the day. Repères adds what to tell, and to whom.</source>
        <translation>Un déménagement, un travail, une naissance, une séparation&#xa0;: écrivez le jour. Repères ajoute quoi dire, et à qui.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Jour du changement</translation>
    </message>
    <message>
        <source>Add what to tell</source>
        <translation>Ajouter ce qu’il faut dire</translation>
    </message>
    <message>
        <source>A step of your own</source>
        <translation>Une démarche à vous</translation>
    </message>
    <message>
        <source>A form to send back, a paper to bring: write it, with its dates.</source>
        <translation>Un formulaire à renvoyer, un papier à apporter&#xa0;: écrivez-le, avec ses dates.</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Tous les trois mois</translation>
    </message>
    <message>
        <source>First day you can do it</source>
        <translation>Premier jour où vous pouvez le faire</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Ajouter cette démarche</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>For example: send back the housing form.</source>
        <translation>Par exemple&#xa0;: renvoyer le dossier de logement.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>À quel rythme</translation>
    </message>
    <message>
        <source>Repeated steps are written for one year.</source>
        <translation>Les démarches répétées sont écrites pour un an.</translation>
    </message>
    <message>
        <source>What you have to do</source>
        <translation>Ce que vous avez à faire</translation>
    </message>
    <message>
        <source>Dates come from your situation, written at the bottom of this screen.</source>
        <translation>Les dates viennent de votre situation, écrite en bas de cet écran.</translation>
    </message>
    <message>
        <source>Please answer each question: Yes or No.</source>
        <translation>Répondez à chaque question, s’il vous plaît&#xa0;: Oui ou Non.</translation>
    </message>
    <message>
        <source>Saved. The list at the top of this screen follows your answers.</source>
        <translation>C’est enregistré. La liste en haut de cet écran suit vos réponses.</translation>
    </message>
    <message>
        <source>Write what to do.</source>
        <translation>Écrivez ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour est avant le premier jour.</translation>
    </message>
    <message>
        <source>From the first to the last day is longer than the time between two steps.</source>
        <translation>Du premier au dernier jour, c’est plus long que le temps entre deux démarches.</translation>
    </message>
    <message>
        <source>Added. It is at the top of this screen, with its dates.</source>
        <translation>Ajouté. C’est en haut de cet écran, avec ses dates.</translation>
    </message>
    <message>
        <source>Your situation has nobody to tell about it. Nothing was added.</source>
        <translation>Avec votre situation, personne n’est à prévenir. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Added at the top of this screen: what to tell, and before which day.</source>
        <translation>Ajouté en haut de cet écran&#xa0;: quoi dire, et avant quel jour.</translation>
    </message>
    <message>
        <source>First answer the questions below. Then Repères shows what to do, with dates.</source>
        <translation>Répondez d’abord aux questions plus bas. Ensuite, Repères montre quoi faire, avec les dates.</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Dernier jour passé</translation>
    </message>
    <message>
        <source>To do now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>Done or missed this month</source>
        <translation>Fait ou manqué ce mois-ci</translation>
    </message>
    <message>
        <source>The step you chose</source>
        <translation>La démarche choisie</translation>
    </message>
    <message>
        <source>Nothing to do for now, from what you said.</source>
        <translation>Rien à faire pour l’instant, d’après ce que vous avez dit.</translation>
    </message>
    <message>
        <source>Give the month of your quarterly declaration below to see its dates.</source>
        <translation>Donnez plus bas le mois de votre déclaration des trois mois pour voir ses dates.</translation>
    </message>
    <message>
        <source>Some monthly dates of France Travail are not known yet in Repères.</source>
        <translation>Certaines dates mensuelles de France Travail ne sont pas encore connues de Repères.</translation>
    </message>
    <message>
        <source>A step you wrote down</source>
        <translation>Une démarche que vous avez notée</translation>
    </message>
    <message>
        <source>The last day was %1: %2.</source>
        <translation>Le dernier jour était le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>It is not marked as done. If you did it, press “Done”.</source>
        <translation>Ce n’est pas noté comme fait. Si vous l’avez fait, appuyez sur «&#xa0;Fait&#xa0;».</translation>
    </message>
    <message>
        <source>By %1: %2.</source>
        <translation>Au plus tard le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>To be safe, do it by %1.</source>
        <translation>Pour être tranquille, faites-le au plus tard le %1.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3.</source>
        <translation>Du %1 au %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Done on %1: %2.</source>
        <translation>Fait le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Comment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Marked as missed: %1.</source>
        <translation>Noté comme manqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You wrote this step yourself.</source>
        <translation>Vous avez écrit cette démarche vous-même.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To check: this rule was last read again on %1. It may have changed.</source>
        <translation>À vérifier&#xa0;: cette règle a été relue pour la dernière fois le %1. Elle a peut-être changé.</translation>
    </message>
    <message>
        <source>To check: Repères could not confirm this rule in the official text.</source>
        <translation>À vérifier&#xa0;: Repères n’a pas pu confirmer cette règle dans le texte officiel.</translation>
    </message>
    <message>
        <source>Marked as done. Well done.</source>
        <translation>Noté comme fait. Bravo.</translation>
    </message>
    <message>
        <source>Marked as done, with its proof. Well done.</source>
        <translation>Noté comme fait, avec sa preuve. Bravo.</translation>
    </message>
    <message>
        <source>Marked as missed. You can tell your conseiller why.</source>
        <translation>Noté comme manqué. Vous pouvez dire pourquoi à votre conseiller.</translation>
    </message>
    <message>
        <source>This step is back in the list of things to do.</source>
        <translation>Cette démarche est de nouveau dans la liste à faire.</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Read this step</source>
        <translation>Lire cette démarche</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Say that you did it, and how.</source>
        <translation>Dire que vous l’avez fait, et comment.</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Say that you could not do it.</source>
        <translation>Dire que vous n’avez pas pu le faire.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Puts this step back as to do.</source>
        <translation>Remet cette démarche dans la liste à faire.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Shows the papers kept with this step, and adds one.</source>
        <translation>Montre les papiers gardés avec cette démarche, et permet d’en ajouter un.</translation>
    </message>
    <message>
        <source>What to do if it is refused</source>
        <translation>Que faire en cas de refus</translation>
    </message>
    <message>
        <source>Opens the guide: how to contest, and in what time.</source>
        <translation>Ouvre le guide&#xa0;: comment contester, et en combien de temps.</translation>
    </message>
    <message>
        <source>How did you do it?</source>
        <translation>Comment l’avez-vous fait&#xa0;?</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>At the agency</source>
        <translation>À l’agence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Manqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Revenir en arrière&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read this step: %1</source>
        <translation>Lire cette démarche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attach the proof (if you have one)</source>
        <translation>Joindre la preuve (si vous en avez une)</translation>
    </message>
    <message>
        <source>For example the receipt of your declaration. Then choose how you did it.</source>
        <translation>Par exemple le reçu de votre déclaration. Puis choisissez comment vous l’avez faite.</translation>
    </message>
    <message>
        <source>Documents of this step</source>
        <translation>Documents de cette démarche</translation>
    </message>
</context>
<context>
    <name>PaperChoices</name>
    <message>
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <source>The card of my next appointment</source>
        <translation>La fiche de mon prochain rendez-vous</translation>
    </message>
    <message>
        <source>The card of this appointment</source>
        <translation>La fiche de ce rendez-vous</translation>
    </message>
    <message>
        <source>My hours for the month shown</source>
        <translation>Mes heures du mois affiché</translation>
    </message>
    <message>
        <source>My hours for the last three months</source>
        <translation>Mes heures des trois derniers mois</translation>
    </message>
    <message>
        <source>My exchanges of the last three months</source>
        <translation>Mes échanges des trois derniers mois</translation>
    </message>
    <message>
        <source>My exchanges of the last twelve months</source>
        <translation>Mes échanges des douze derniers mois</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Which sheet do you want?</source>
        <translation>Quelle feuille voulez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>See it before printing</source>
        <translation>La voir avant d’imprimer</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Enregistrer en fichier PDF</translation>
    </message>
    <message>
        <source>You choose where the file goes, for example your USB stick.</source>
        <translation>Vous choisissez où va le fichier, par exemple sur votre clé USB.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Préparation de la feuille…</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 pages.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» a %2 pages.</translation>
    </message>
    <message>
        <source>The sheet “%1” fits on one page.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» tient sur une page.</translation>
    </message>
    <message>
        <source>The printer did not take the sheet. Check that it is on and has paper, then try again.</source>
        <translation>L’imprimante n’a pas pris la feuille. Vérifiez qu’elle est allumée et qu’elle a du papier. Puis essayez encore.</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer “%1”.</source>
        <translation>La feuille est partie à l’imprimante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No printer is connected to this computer. This sheet is only printed on paper: try on a computer with a printer.</source>
        <translation>Aucune imprimante n’est branchée sur cet ordinateur. Cette feuille s’imprime seulement sur papier. Essayez sur un ordinateur avec une imprimante.</translation>
    </message>
    <message>
        <source>No printer is connected to this computer. Choose where to save the sheet as a PDF file, for example your USB stick, to print it elsewhere.</source>
        <translation>Aucune imprimante n’est branchée sur cet ordinateur. Choisissez où garder la feuille en fichier PDF, par exemple sur votre clé USB. Vous pourrez l’imprimer ailleurs.</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Où enregistrer le fichier PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Repères: my recovery code</source>
        <translation>Repères&#xa0;: mon code de secours</translation>
    </message>
    <message>
        <source>If I forget my password, this code opens my carnet.</source>
        <translation>Si j’oublie mon mot de passe, ce code ouvre mon carnet.</translation>
    </message>
    <message>
        <source>I keep this paper at home, not with my USB stick.</source>
        <translation>Je garde ce papier chez moi, pas avec ma clé USB.</translation>
    </message>
    <message>
        <source>Nobody else needs this code. I do not give it to anyone.</source>
        <translation>Personne d’autre n’a besoin de ce code. Je ne le donne à personne.</translation>
    </message>
</context>
<context>
    <name>ProtectionScreen</name>
    <message>
        <source>Your carnet is locked by your password. But Repères cannot do everything.</source>
        <translation>Votre carnet est fermé par votre mot de passe. Mais Repères ne peut pas tout faire.</translation>
    </message>
    <message>
        <source>The person who manages this computer</source>
        <translation>La personne qui gère cet ordinateur</translation>
    </message>
    <message>
        <source>This person can install any program on the computer.</source>
        <translation>Cette personne peut installer n’importe quel programme sur l’ordinateur.</translation>
    </message>
    <message>
        <source>Such a program can see what you type and what is on the screen.</source>
        <translation>Un tel programme peut voir ce que vous tapez et ce qui est à l’écran.</translation>
    </message>
    <message>
        <source>A spy program</source>
        <translation>Un programme espion</translation>
    </message>
    <message>
        <source>A spy program can record every key you press, and so your password.</source>
        <translation>Un programme espion peut noter chaque touche que vous tapez, donc votre mot de passe.</translation>
    </message>
    <message>
        <source>Repères cannot see if such a program is there.</source>
        <translation>Repères ne peut pas voir si un tel programme est là.</translation>
    </message>
    <message>
        <source>Someone who knows your password</source>
        <translation>Quelqu’un qui connaît votre mot de passe</translation>
    </message>
    <message>
        <source>Anyone who knows your password can open your carnet.</source>
        <translation>Toute personne qui connaît votre mot de passe peut ouvrir votre carnet.</translation>
    </message>
    <message>
        <source>So can anyone who has your paper with the recovery code.</source>
        <translation>Toute personne qui a votre papier avec le code de secours le peut aussi.</translation>
    </message>
    <message>
        <source>Keep this paper in a safe place, away from the computer.</source>
        <translation>Gardez ce papier dans un endroit sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Photos of the screen</source>
        <translation>Les photos de l’écran</translation>
    </message>
    <message>
        <source>Someone can take a photo of the screen, or look over your shoulder.</source>
        <translation>Quelqu’un peut prendre l’écran en photo, ou regarder par-dessus votre épaule.</translation>
    </message>
    <message>
        <source>If someone comes, press “Quick exit” or the F12 key.</source>
        <translation>Si quelqu’un arrive, appuyez sur «&#xa0;Quitter vite&#xa0;» ou sur la touche F12.</translation>
    </message>
    <message>
        <source>What Repères does</source>
        <translation>Ce que fait Repères</translation>
    </message>
    <message>
        <source>Your carnet closes by itself after a few minutes without use.</source>
        <translation>Votre carnet se ferme tout seul après quelques minutes sans utilisation.</translation>
    </message>
    <message>
        <source>It also closes when the computer is locked or goes to sleep.</source>
        <translation>Il se ferme aussi quand l’ordinateur est verrouillé ou se met en veille.</translation>
    </message>
    <message>
        <source>Each time you open it, Repères says when it was last opened.</source>
        <translation>À chaque ouverture, Repères dit quand le carnet a été ouvert la dernière fois.</translation>
    </message>
    <message>
        <source>It also says how many wrong passwords were typed since.</source>
        <translation>Il dit aussi combien de mots de passe faux ont été tapés depuis.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>Ce que Repères ne protège pas</translation>
    </message>
    <message>
        <source>Read this to know the limits of Repères. Press “Read” to hear it.</source>
        <translation>Lisez ceci pour connaître les limites de Repères. Appuyez sur «&#xa0;Lire&#xa0;» pour l’écouter.</translation>
    </message>
</context>
<context>
    <name>ReceivedLetter</name>
    <message>
        <source>Last day: %1. Aim for %2, to be safe.</source>
        <translation>Dernier jour&#xa0;: %1. Visez le %2, pour être tranquille.</translation>
    </message>
    <message>
        <source>I received a letter</source>
        <translation>J’ai reçu un courrier</translation>
    </message>
    <message>
        <source>One question at a time. Repères then shows what to do, and by when.</source>
        <translation>Une question à la fois. Ensuite, Repères montre ce qu’il faut faire, et jusqu’à quand.</translation>
    </message>
    <message>
        <source>The family allowance office.</source>
        <translation>La caisse d’allocations familiales.</translation>
    </message>
    <message>
        <source>The farmers&apos; social security.</source>
        <translation>La mutualité sociale agricole.</translation>
    </message>
    <message>
        <source>The département</source>
        <translation>Le Département</translation>
    </message>
    <message>
        <source>For the RSA.</source>
        <translation>Pour le RSA, le revenu de solidarité active.</translation>
    </message>
    <message>
        <source>The disability office.</source>
        <translation>La maison départementale des personnes handicapées.</translation>
    </message>
    <message>
        <source>An employer</source>
        <translation>Un employeur</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Un autre</translation>
    </message>
    <message>
        <source>Or you do not know.</source>
        <translation>Ou vous ne savez pas.</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>Un rendez-vous</translation>
    </message>
    <message>
        <source>Words to look for: “convocation”, “rendez-vous obligatoire”, “présentez-vous”.</source>
        <translation>Mots à chercher&#xa0;: «&#xa0;convocation&#xa0;», «&#xa0;rendez-vous obligatoire&#xa0;», «&#xa0;présentez-vous&#xa0;».</translation>
    </message>
    <message>
        <source>A request for papers</source>
        <translation>Une demande de papiers</translation>
    </message>
    <message>
        <source>Words to look for: “pièces justificatives”, “merci de nous transmettre”.</source>
        <translation>Mots à chercher&#xa0;: «&#xa0;pièces justificatives&#xa0;», «&#xa0;merci de nous transmettre&#xa0;».</translation>
    </message>
    <message>
        <source>A planned sanction</source>
        <translation>Une sanction prévue</translation>
    </message>
    <message>
        <source>Not yet decided. Words to look for: “nous envisageons”, “manquement”, “délai de 10 jours pour présenter vos observations”.</source>
        <translation>Pas encore décidée. Mots à chercher&#xa0;: «&#xa0;nous envisageons&#xa0;», «&#xa0;manquement&#xa0;», «&#xa0;délai de 10 jours pour présenter vos observations&#xa0;».</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Une décision</translation>
    </message>
    <message>
        <source>Words to look for: “nous avons décidé”, “radiation”, “suspension”, “indu”, “voies et délais de recours”. A radiation takes you off the list of job seekers.</source>
        <translation>Mots à chercher&#xa0;: «&#xa0;nous avons décidé&#xa0;», «&#xa0;radiation&#xa0;», «&#xa0;suspension&#xa0;», «&#xa0;indu&#xa0;», «&#xa0;voies et délais de recours&#xa0;». Une radiation vous sort de la liste des demandeurs d’emploi.</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Who sent the letter?</source>
        <translation>Qui a envoyé la lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Look at the logo or the name at the top of the letter.</source>
        <translation>Regardez le logo ou le nom en haut de la lettre.</translation>
    </message>
    <message>
        <source>What kind of letter is it?</source>
        <translation>Quel genre de lettre est-ce&#xa0;?</translation>
    </message>
    <message>
        <source>On which day did you receive it?</source>
        <translation>Quel jour l’avez-vous reçue&#xa0;?</translation>
    </message>
    <message>
        <source>The day it arrived, not the date printed on it. Deadlines count from that day.</source>
        <translation>Le jour où elle est arrivée, pas la date écrite dessus. Les délais comptent à partir de ce jour.</translation>
    </message>
    <message>
        <source>Day you received the letter</source>
        <translation>Jour où vous avez reçu la lettre</translation>
    </message>
    <message>
        <source>It arrived today</source>
        <translation>Elle est arrivée aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>What date is printed on the letter?</source>
        <translation>Quelle date est écrite sur la lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Often at the top, near the town: “Paris, le 3 mars 2026”. Leave empty if none.</source>
        <translation>Souvent en haut, près de la ville&#xa0;: «&#xa0;Paris, le 3 mars 2026&#xa0;». Laissez vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Date printed on the letter</source>
        <translation>Date écrite sur la lettre</translation>
    </message>
    <message>
        <source>Repères read this date in the letter. Check it against the letter.</source>
        <translation>Repères a lu cette date dans la lettre. Vérifiez-la sur la lettre.</translation>
    </message>
    <message>
        <source>Does the letter say how and when you can contest it?</source>
        <translation>La lettre dit-elle comment et en combien de temps la contester&#xa0;?</translation>
    </message>
    <message>
        <source>Which day does the letter give?</source>
        <translation>Quel jour la lettre donne-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>The day of the appointment, or the day to send the papers by. Leave empty if none.</source>
        <translation>Le jour du rendez-vous, ou le jour avant lequel envoyer les papiers. Laissez vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Day given by the letter</source>
        <translation>Jour donné par la lettre</translation>
    </message>
    <message>
        <source>Is the letter in your carnet?</source>
        <translation>La lettre est-elle dans votre carnet&#xa0;?</translation>
    </message>
    <message>
        <source>Choose its photo or PDF to attach it to the steps. You can also go on without it.</source>
        <translation>Choisissez sa photo ou son PDF pour le joindre aux étapes. Vous pouvez aussi continuer sans.</translation>
    </message>
    <message>
        <source>Letters and papers in your carnet</source>
        <translation>Lettres et papiers de votre carnet</translation>
    </message>
    <message>
        <source>There is no letter in your carnet yet. You can add it later in “My letters”.</source>
        <translation>Il n’y a pas encore de lettre dans votre carnet. Vous pourrez l’ajouter plus tard dans «&#xa0;Mes lettres&#xa0;».</translation>
    </message>
    <message>
        <source>Attach this letter</source>
        <translation>Joindre cette lettre</translation>
    </message>
    <message>
        <source>Go on without it</source>
        <translation>Continuer sans</translation>
    </message>
    <message>
        <source>What to do, and by when</source>
        <translation>Que faire, et jusqu’à quand</translation>
    </message>
    <message>
        <source>Saved in your carnet</source>
        <translation>Enregistré dans votre carnet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Save these steps</source>
        <translation>Enregistrer ces étapes</translation>
    </message>
    <message>
        <source>Puts each date on Today, keeps the letter in your journal.</source>
        <translation>Met chaque date dans Aujourd’hui, garde la lettre dans votre journal.</translation>
    </message>
    <message>
        <source>Prepare the answer</source>
        <translation>Préparer la réponse</translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation>Lire le guide</translation>
    </message>
    <message>
        <source>Read the steps</source>
        <translation>Lire les étapes</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Retour à Aujourd’hui</translation>
    </message>
    <message>
        <source>The day it arrived. For this letter, the 10 days count from the date printed on it: the next question.</source>
        <translation>Le jour où elle est arrivée. Pour cette lettre, les 10 jours comptent à partir de la date écrite dessus&#xa0;: c’est la question suivante.</translation>
    </message>
    <message>
        <source>The 10 days count from this date: the day the letter was sent. Look at the top, near the town: “Paris, le 3 mars 2026”. Leave empty only if you cannot find it.</source>
        <translation>Les 10 jours comptent à partir de cette date&#xa0;: le jour où la lettre a été envoyée. Regardez en haut, près de la ville&#xa0;: «&#xa0;Paris, le 3 mars 2026&#xa0;». Laissez vide seulement si vous ne la trouvez pas.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the date printed on the letter.</source>
        <translation>Cette date n’est pas encore passée. Vérifiez la date écrite sur la lettre.</translation>
    </message>
    <message>
        <source>The letter arrived before the date printed on it? Check both dates, then write the day it arrived.</source>
        <translation>La lettre est arrivée avant la date écrite dessus&#xa0;? Vérifiez les deux dates. Puis écrivez le jour d’arrivée.</translation>
    </message>
    <message>
        <source>Write the day the letter arrived, for example 03/03/2026.</source>
        <translation>Écrivez le jour où la lettre est arrivée, par exemple 03/03/2026.</translation>
    </message>
    <message>
        <source>%1 date(s) are now on Today, with a reminder. The letter is in your journal.</source>
        <translation>%1 date(s) sont maintenant dans Aujourd’hui, avec un rappel. La lettre est dans votre journal.</translation>
    </message>
    <message>
        <source>Check the steps, then save them. Nothing is saved before.</source>
        <translation>Vérifiez les étapes, puis enregistrez-les. Rien n’est enregistré avant.</translation>
    </message>
    <message>
        <source>You can prepare your answer now, or later.</source>
        <translation>Vous pouvez préparer votre réponse maintenant, ou plus tard.</translation>
    </message>
    <message>
        <source>What is the decision about?</source>
        <translation>De quoi parle la décision&#xa0;?</translation>
    </message>
    <message>
        <source>This day has not come yet. Write the day the letter arrived.</source>
        <translation>Ce jour n’est pas encore arrivé. Écrivez le jour où la lettre est arrivée.</translation>
    </message>
    <message>
        <source>Choose who sent the letter.</source>
        <translation>Choisissez qui a envoyé la lettre.</translation>
    </message>
    <message>
        <source>Choose the kind of letter.</source>
        <translation>Choisissez le genre de lettre.</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>Choose the letter in the list first.</source>
        <translation>Choisissez d’abord la lettre dans la liste.</translation>
    </message>
    <message>
        <source>No letter attached.</source>
        <translation>Aucune lettre jointe.</translation>
    </message>
    <message>
        <source>Write today anyway. At the very latest, the law counts from the day you received the letter: %1.</source>
        <translation>Écrivez quand même aujourd’hui. Au plus tard, la loi compte à partir du jour où vous avez reçu la lettre&#xa0;: le %1.</translation>
    </message>
    <message>
        <source>At the very latest, the law counts from the day you received the letter: %1. Do not count on this date.</source>
        <translation>Au plus tard, la loi compte à partir du jour où vous avez reçu la lettre&#xa0;: le %1. Ne comptez pas sur cette date.</translation>
    </message>
    <message>
        <source>The day given by the letter from %1</source>
        <translation>Le jour donné par la lettre de %1</translation>
    </message>
    <message>
        <source>The letter is in your journal. No date was added.</source>
        <translation>La lettre est dans votre journal. Aucune date n’a été ajoutée.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>For example: “vous pouvez contester cette décision dans un délai de 2 mois”.</source>
        <translation>Par exemple&#xa0;: «&#xa0;vous pouvez contester cette décision dans un délai de 2 mois&#xa0;».</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>I do not know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>You did not give the date printed on the letter. Repères counts from the day you received it. The real last day may be earlier: answer as soon as you can.</source>
        <translation>Vous n’avez pas donné la date écrite sur la lettre. Repères compte à partir du jour où vous l’avez reçue. Le vrai dernier jour est peut-être plus tôt&#xa0;: répondez dès que possible.</translation>
    </message>
    <message>
        <source>The day given by the letter</source>
        <translation>Le jour donné par la lettre</translation>
    </message>
    <message>
        <source>The dates have passed. Here is what you can still do.</source>
        <translation>Les dates sont passées. Voici ce que vous pouvez encore faire.</translation>
    </message>
    <message>
        <source>Act before %1.</source>
        <translation>Agir au plus tard le %1.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>This step is required before the next one.</source>
        <translation>Cette étape est obligatoire avant la suivante.</translation>
    </message>
    <message>
        <source>aim for %1</source>
        <translation>visez le %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>Counted from the date of the letter, %1.</source>
        <translation>Compté à partir de la date de la lettre, le %1.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>The letter does not say how long you have. This date is not sure: act fast.</source>
        <translation>La lettre ne dit pas combien de temps vous avez. Cette date n’est pas sûre&#xa0;: agissez vite.</translation>
    </message>
    <message>
        <source>By Repères&apos; careful count, the last day was %1. It may have passed: act today, and ask for help.</source>
        <translation>Selon le calcul prudent de Repères, le dernier jour était le %1. Il est peut-être passé&#xa0;: agissez aujourd’hui et demandez de l’aide.</translation>
    </message>
    <message>
        <source>Send your answer by registered letter with acknowledgement of receipt, and keep a copy.</source>
        <translation>Envoyez votre réponse en lettre recommandée avec accusé de réception. Gardez une copie.</translation>
    </message>
    <message>
        <source>Its date will be known later.</source>
        <translation>Sa date sera connue plus tard.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>The decision is about: %1.</source>
        <translation>La décision parle de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordKit</name>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Cette date n’existe pas. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Write the date like this: 31/01/2026.</source>
        <translation>Écrivez la date comme ceci&#xa0;: 31/01/2026.</translation>
    </message>
    <message>
        <source>Check the year of this date.</source>
        <translation>Vérifiez l’année de cette date.</translation>
    </message>
    <message>
        <source>A duration cannot be below zero. Check the hours.</source>
        <translation>Une durée ne peut pas être en dessous de zéro. Vérifiez les heures.</translation>
    </message>
    <message>
        <source>Write how long it lasted: one minute at least.</source>
        <translation>Écrivez combien de temps cela a duré&#xa0;: une minute au moins.</translation>
    </message>
    <message>
        <source>A day holds 24 hours at most, all entries together.</source>
        <translation>Une journée compte 24&#xa0;heures au plus, toutes les lignes ensemble.</translation>
    </message>
    <message>
        <source>A week holds 168 hours at most.</source>
        <translation>Une semaine compte 168&#xa0;heures au plus.</translation>
    </message>
    <message>
        <source>Write a number, for example 2 or 30.</source>
        <translation>Écrivez un nombre, par exemple 2 ou 30.</translation>
    </message>
    <message>
        <source>This number is not possible here.</source>
        <translation>Ce nombre n’est pas possible ici.</translation>
    </message>
    <message>
        <source>This text is too long. Please make it shorter.</source>
        <translation>Ce texte est trop long. Raccourcissez-le, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This text holds a sign that cannot be kept.</source>
        <translation>Ce texte contient un signe qui ne peut pas être gardé.</translation>
    </message>
    <message>
        <source>This file is empty. Please choose another one.</source>
        <translation>Ce fichier est vide. Choisissez-en un autre, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Repères keeps photos (JPEG or PNG) and PDF files only.</source>
        <translation>Repères garde seulement des photos (JPEG ou PNG) et des fichiers PDF.</translation>
    </message>
    <message>
        <source>This PDF file has no page. Please export it again.</source>
        <translation>Ce fichier PDF n’a aucune page. Exportez-le de nouveau, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This file cannot be read. Is the USB stick still plugged in?</source>
        <translation>Ce fichier ne peut pas être lu. La clé USB est-elle toujours branchée&#xa0;?</translation>
    </message>
    <message>
        <source>This is not a file. Please choose a file.</source>
        <translation>Ce n’est pas un fichier. Choisissez un fichier, s’il vous plaît.</translation>
    </message>
    <message>
        <source>You can say it was missed only after its last day.</source>
        <translation>Vous pouvez dire que c’est manqué seulement après le dernier jour.</translation>
    </message>
    <message>
        <source>This is no longer in your carnet.</source>
        <translation>Ce n’est plus dans votre carnet.</translation>
    </message>
    <message>
        <source>There are too many documents here.</source>
        <translation>Il y a trop de documents ici.</translation>
    </message>
    <message>
        <source>This cannot be saved. Nothing was changed.</source>
        <translation>Cela ne peut pas être enregistré. Rien n’a changé.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>for example 31/01/2026, or yesterday</source>
        <translation>par exemple 31/01/2026, ou hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation>Remplissez cette case, s’il vous plaît.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB. Please choose a smaller photo or fewer pages.</source>
        <translation>Ce fichier fait plus de %1&#xa0;Mo. Choisissez une photo plus petite ou moins de pages.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Please write what was said.</source>
        <translation>Écrivez ce qui a été dit, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Please give it a title.</source>
        <translation>Donnez-lui un titre, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Please write the date.</source>
        <translation>Écrivez la date, s’il vous plaît.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Hier, %1</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, de %2 à %3.</translation>
    </message>
    <message>
        <source>From %1 at %2 to %3 at %4.</source>
        <translation>Du %1 à %2 au %3 à %4.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 à %2.</translation>
    </message>
    <message>
        <source>By phone: %1.</source>
        <translation>Par téléphone&#xa0;: %1.</translation>
    </message>
    <message>
        <source>By phone.</source>
        <translation>Par téléphone.</translation>
    </message>
    <message>
        <source>By video: %1.</source>
        <translation>En vidéo&#xa0;: %1.</translation>
    </message>
    <message>
        <source>By video.</source>
        <translation>En vidéo.</translation>
    </message>
    <message>
        <source>Place: %1.</source>
        <translation>Lieu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Bring: %1.</source>
        <translation>À apporter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The letter says you must come.</source>
        <translation>Le courrier dit que vous devez venir.</translation>
    </message>
    <message>
        <source>Past. Say what happened.</source>
        <translation>Passé. Dites ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Past: you were there.</source>
        <translation>Passé&#xa0;: vous étiez là.</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>Manqué.</translation>
    </message>
    <message>
        <source>Missed, with a reason: %1.</source>
        <translation>Absence excusée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missed, with a reason.</source>
        <translation>Absence excusée.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Annulé par vous.</translation>
    </message>
    <message>
        <source>Cancelled by them.</source>
        <translation>Annulé par l’organisme.</translation>
    </message>
    <message>
        <source>Moved to %1 at %2.</source>
        <translation>Déplacé au %1 à %2.</translation>
    </message>
    <message>
        <source>Moved to another day.</source>
        <translation>Déplacé à un autre jour.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>I went</source>
        <translation>J’y suis allé</translation>
    </message>
    <message>
        <source>I did not go</source>
        <translation>Je n’y suis pas allé</translation>
    </message>
    <message>
        <source>I cancelled it</source>
        <translation>Je l’ai annulé</translation>
    </message>
    <message>
        <source>They cancelled it</source>
        <translation>L’organisme l’a annulé</translation>
    </message>
    <message>
        <source>I did not go, for a reason</source>
        <translation>Absent, avec une raison</translation>
    </message>
    <message>
        <source>It moved to another day</source>
        <translation>Il a changé de jour</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
    </message>
    <message>
        <source>CAF (family benefits)</source>
        <translation>CAF (caisse d’allocations familiales)</translation>
    </message>
    <message>
        <source>MSA (farm workers’ benefits)</source>
        <translation>MSA (mutualité sociale agricole)</translation>
    </message>
    <message>
        <source>Département (county council)</source>
        <translation>Conseil départemental</translation>
    </message>
    <message>
        <source>Mission locale (for young people)</source>
        <translation>Mission locale (pour les jeunes)</translation>
    </message>
    <message>
        <source>Cap emploi (work and disability)</source>
        <translation>Cap emploi (emploi et handicap)</translation>
    </message>
    <message>
        <source>MDPH (disability centre)</source>
        <translation>MDPH (maison départementale des personnes handicapées)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Adviser (conseiller or conseillère)</source>
        <translation>Conseiller ou conseillère</translation>
    </message>
    <message>
        <source>Référent or référente</source>
        <translation>Référent ou référente</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistant ou assistante sociale</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Soins, santé</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>adviser</source>
        <translation>conseiller ou conseillère</translation>
    </message>
    <message>
        <source>référent</source>
        <translation>référent ou référente</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>assistant ou assistante sociale</translation>
    </message>
    <message>
        <source>health care</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Téléphone&#xa0;: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no %1 %2. Check the day and the month.</source>
        <translation>Il n’y a pas de %1 %2. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Cette date n’existe pas. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Remplissez cette case, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Write the date like this: 25/03/2026.</source>
        <translation>Écrivez la date comme ceci&#xa0;: 25/03/2026.</translation>
    </message>
    <message>
        <source>Check the year: it has 4 digits, like 2026.</source>
        <translation>Vérifiez l’année&#xa0;: elle a 4 chiffres, comme 2026.</translation>
    </message>
    <message>
        <source>Write the time like this: 14:30.</source>
        <translation>Écrivez l’heure comme ceci&#xa0;: 14 h 30.</translation>
    </message>
    <message>
        <source>The clocks change that night: this time does not exist. Choose another time.</source>
        <translation>On change d’heure cette nuit-là&#xa0;: cette heure n’existe pas. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The end is before the start. Check the two times.</source>
        <translation>La fin est avant le début. Vérifiez les deux heures.</translation>
    </message>
    <message>
        <source>An appointment lasts %1 hours at most.</source>
        <translation>Un rendez-vous dure %1 heures au plus.</translation>
    </message>
    <message>
        <source>This text is too long: %1 letters at most.</source>
        <translation>Ce texte est trop long&#xa0;: %1 lettres au plus.</translation>
    </message>
    <message>
        <source>There are too many lines: %1 at most.</source>
        <translation>Il y a trop de lignes&#xa0;: %1 au plus.</translation>
    </message>
    <message>
        <source>There is a sign here that cannot be kept. Remove it.</source>
        <translation>Il y a ici un signe qui ne peut pas être gardé. Enlevez-le.</translation>
    </message>
    <message>
        <source>This appointment has not happened yet. Come back after it.</source>
        <translation>Ce rendez-vous n’a pas encore eu lieu. Revenez après.</translation>
    </message>
    <message>
        <source>This is no longer in your carnet. Choose again.</source>
        <translation>Ce n’est plus dans votre carnet. Choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Write only digits and spaces, like 01 23 45 67 89.</source>
        <translation>Écrivez seulement des chiffres et des espaces, comme 01 23 45 67 89.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.fr.</source>
        <translation>Une adresse e-mail ressemble à nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Choose one of the answers in the list.</source>
        <translation>Choisissez une des réponses de la liste.</translation>
    </message>
    <message>
        <source>This day has not come yet. Write today’s date or an earlier one.</source>
        <translation>Ce jour n’est pas encore arrivé. Écrivez la date d’aujourd’hui ou une date d’avant.</translation>
    </message>
    <message>
        <source>Check what is written here.</source>
        <translation>Vérifiez ce qui est écrit ici.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>If you forget your password, this code opens your carnet.</source>
        <translation>Si vous oubliez votre mot de passe, ce code ouvre votre carnet.</translation>
    </message>
    <message>
        <source>Write it on paper, or print it. Keep the paper at home, not with your USB stick.</source>
        <translation>Écrivez-le sur un papier, ou imprimez-le. Gardez ce papier chez vous, pas avec votre clé USB.</translation>
    </message>
    <message>
        <source>Nobody else needs this code. Do not give it to anyone.</source>
        <translation>Personne d’autre n’a besoin de ce code. Ne le donnez à personne.</translation>
    </message>
    <message>
        <source>Print the code</source>
        <translation>Imprimer le code</translation>
    </message>
    <message>
        <source>I have written it down or printed it</source>
        <translation>J’ai écrit ou imprimé le code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Code de secours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it safe.</source>
        <translation>Ce code est montré une seule fois. Gardez-le dans un endroit sûr.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
</context>
<context>
    <name>RuleNotes</name>
    <message>
        <source>Checked against the official text.</source>
        <translation>Vérifié sur le texte officiel.</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>D’où vient cette information&#xa0;:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Partly checked: from copies of the law, not the official site.</source>
        <translation>Vérifié en partie&#xa0;: sur des copies de la loi, pas sur le site officiel.</translation>
    </message>
    <message>
        <source>Not yet checked against the official text.</source>
        <translation>Pas encore vérifié sur le texte officiel.</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>lu le %1</translation>
    </message>
    <message>
        <source>To check: this information was last checked on %1. It may have changed.</source>
        <translation>À vérifier&#xa0;: cette information a été vérifiée pour la dernière fois le %1. Elle a peut-être changé.</translation>
    </message>
    <message>
        <source>An association wrote or changed this page. It comes from the folder %1. Repères has not checked it.</source>
        <translation>Une association a écrit ou changé cette page. Elle vient du dossier %1. Repères ne l’a pas vérifiée.</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>Non vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>Last checked on %1. Next check due on %2.</source>
        <translation>Vérifié le %1. Prochaine vérification prévue le %2.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>Your appointments, week by week.</source>
        <translation>Vos rendez-vous, semaine par semaine.</translation>
    </message>
    <message>
        <source>What I must do</source>
        <translation>Ce que je dois faire</translation>
    </message>
    <message>
        <source>The steps to do, and their last day.</source>
        <translation>Les démarches à faire, et leur dernier jour.</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>Mes heures d’activité</translation>
    </message>
    <message>
        <source>The hours you do each week.</source>
        <translation>Les heures que vous faites chaque semaine.</translation>
    </message>
    <message>
        <source>My exchanges</source>
        <translation>Mes échanges</translation>
    </message>
    <message>
        <source>What you said and what you were told.</source>
        <translation>Ce que vous avez dit, et ce qu’on vous a dit.</translation>
    </message>
    <message>
        <source>My letters and papers</source>
        <translation>Mes courriers et papiers</translation>
    </message>
    <message>
        <source>Your letters, photos and PDF files.</source>
        <translation>Vos courriers, photos et fichiers PDF.</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organismes et contacts</translation>
    </message>
    <message>
        <source>Who to call, where to go.</source>
        <translation>Qui appeler, où aller.</translation>
    </message>
    <message>
        <source>Add a message or a letter</source>
        <translation>Ajouter un message ou un courrier</translation>
    </message>
    <message>
        <source>Paste a message, or read a letter with the camera.</source>
        <translation>Coller un message, ou lire un courrier avec l’appareil photo.</translation>
    </message>
    <message>
        <source>I received a letter</source>
        <translation>J’ai reçu un courrier</translation>
    </message>
    <message>
        <source>What it asks, and until when you can answer.</source>
        <translation>Ce qu’il demande, et jusqu’à quand répondre.</translation>
    </message>
    <message>
        <source>Understand my rights</source>
        <translation>Comprendre mes droits</translation>
    </message>
    <message>
        <source>Guides in simple words.</source>
        <translation>Des guides en mots simples.</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Écrire une lettre</translation>
    </message>
    <message>
        <source>Ready-made letters to fill in.</source>
        <translation>Des lettres toutes prêtes à remplir.</translation>
    </message>
    <message>
        <source>Someone is helping me</source>
        <translation>Une personne m’aide</translation>
    </message>
    <message>
        <source>Let a helper see or write, for a while.</source>
        <translation>Une personne vous aide&#xa0;: elle peut voir ou écrire, un moment.</translation>
    </message>
    <message>
        <source>Copy or restore my carnet</source>
        <translation>Copier ou retrouver mon carnet</translation>
    </message>
    <message>
        <source>A copy on a USB stick, in case.</source>
        <translation>Une copie sur une clé USB, au cas où.</translation>
    </message>
    <message>
        <source>Settings: colours, language</source>
        <translation>Réglages&#xa0;: couleurs, langue</translation>
    </message>
    <message>
        <source>Text size, colours, language, voice.</source>
        <translation>Taille du texte, couleurs, langue, voix.</translation>
    </message>
    <message>
        <source>About Repères and help</source>
        <translation>À propos de Repères et aide</translation>
    </message>
    <message>
        <source>What Repères does, and who can help.</source>
        <translation>Ce que fait Repères, et qui peut vous aider.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond foncé</translation>
    </message>
    <message>
        <source>Yellow text on black</source>
        <translation>Texte jaune sur fond noir</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Use the buttons A− and A+ at the top of every screen.</source>
        <translation>Utilisez les boutons A− et A+, en haut de chaque écran.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lente</translation>
    </message>
    <message>
        <source>Calm (advised)</source>
        <translation>Posée (conseillée)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Repères runs from a USB stick. So it works as on a shared computer: it never remembers your key.</source>
        <translation>Repères marche depuis une clé USB. Il fait donc comme sur un ordinateur partagé&#xa0;: il ne garde jamais votre clé secrète.</translation>
    </message>
    <message>
        <source>A shared computer</source>
        <translation>Un ordinateur partagé</translation>
    </message>
    <message>
        <source>My own computer</source>
        <translation>Mon propre ordinateur</translation>
    </message>
    <message>
        <source>Choose this only if nobody else uses this computer with your session.</source>
        <translation>Choisissez ceci seulement si personne d’autre n’utilise cet ordinateur avec votre compte.</translation>
    </message>
    <message>
        <source>Yes, this is my own computer</source>
        <translation>Oui, c’est mon propre ordinateur</translation>
    </message>
    <message>
        <source>Remember my key</source>
        <translation>Garder ma clé secrète</translation>
    </message>
    <message>
        <source>Forget my key</source>
        <translation>Oublier ma clé secrète</translation>
    </message>
    <message>
        <source>You will open your carnet without typing your password.</source>
        <translation>Vous ouvrirez votre carnet sans taper votre mot de passe.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>Ce que Repères ne protège pas</translation>
    </message>
    <message>
        <source>Nobody else uses your session on this computer. Repères can remember the key of your carnet. You will not need to type your password.</source>
        <translation>Personne d’autre n’utilise votre compte sur cet ordinateur. Repères peut garder la clé secrète de votre carnet. Vous n’aurez pas besoin de taper votre mot de passe.</translation>
    </message>
    <message>
        <source>For example a library or an association computer. Repères never remembers your key and keeps no list of carnets. Your carnet closes after a few minutes without use.</source>
        <translation>Par exemple un ordinateur de bibliothèque ou d’association. Repères ne garde jamais votre clé secrète, ni de liste des carnets. Votre carnet se ferme après quelques minutes sans utilisation.</translation>
    </message>
    <message>
        <source>The usual French voice</source>
        <translation>La voix française habituelle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Choose what is easiest for you to read. It is kept for next time.</source>
        <translation>Choisissez ce qui est le plus facile à lire pour vous. Repères le garde pour la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>SharedPc</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>This is the first opening of this carnet.</source>
        <translation>C’est la première ouverture de ce carnet.</translation>
    </message>
    <message>
        <source>1 failed password attempt since.</source>
        <translation>1 essai de mot de passe raté depuis.</translation>
    </message>
    <message>
        <source>It was perhaps for another carnet.</source>
        <translation>C’était peut-être pour un autre carnet.</translation>
    </message>
    <message>
        <source>If it was not you, someone tried to open your carnet.</source>
        <translation>Si ce n’était pas vous, quelqu’un a essayé d’ouvrir votre carnet.</translation>
    </message>
    <message>
        <source>Last opening: %1 at %2.</source>
        <translation>Dernière ouverture&#xa0;: %1 à %2.</translation>
    </message>
    <message>
        <source>This computer now remembers the key of your carnet.</source>
        <translation>Cet ordinateur garde maintenant la clé secrète de votre carnet.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the key of your carnet.</source>
        <translation>Cet ordinateur ne garde plus la clé secrète de votre carnet.</translation>
    </message>
    <message>
        <source>This computer does not remember the key of your carnet. Type your password.</source>
        <translation>Cet ordinateur ne garde pas la clé secrète de votre carnet. Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked. Type your password to open your carnet.</source>
        <translation>Le coffre à mots de passe de cet ordinateur est verrouillé. Tapez votre mot de passe pour ouvrir votre carnet.</translation>
    </message>
    <message>
        <source>This computer has no password safe that Repères can use. Type your password.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe utilisable par Repères. Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>On a shared computer, Repères never remembers the key. Type your password.</source>
        <translation>Sur un ordinateur partagé, Repères ne garde jamais la clé secrète. Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>No failed password attempt since.</source>
        <translation>Aucun essai de mot de passe raté depuis.</translation>
    </message>
    <message>
        <source>Since then, a wrong password was typed %1 times on this computer.</source>
        <translation>Depuis, un mot de passe faux a été tapé %1 fois sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 failed password attempts since.</source>
        <translation>%1 essais de mot de passe ratés depuis.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Printed with Repères on %1.</source>
        <translation>Imprimé avec Repères le %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>If I am late or cannot come</source>
        <translation>Si je suis en retard ou si je ne peux pas venir</translation>
    </message>
    <message>
        <source>My appointment</source>
        <translation>Mon rendez-vous</translation>
    </message>
    <message>
        <source>appointment.pdf</source>
        <translation>rendez-vous.pdf</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>week.pdf</source>
        <translation>semaine.pdf</translation>
    </message>
    <message>
        <source>Week of %1: %2 out of %3</source>
        <translation>Semaine du %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>Mes heures d’activité</translation>
    </message>
    <message>
        <source>hours.pdf</source>
        <translation>heures.pdf</translation>
    </message>
    <message>
        <source>Document: %1.</source>
        <translation>Document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A corrected exchange shows every version, the first one first.</source>
        <translation>Un échange corrigé montre toutes ses versions, la première d’abord.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Check of my journal</source>
        <translation>Vérification de mon journal</translation>
    </message>
    <message>
        <source>Extract from my journal of exchanges</source>
        <translation>Extrait de mon journal des échanges</translation>
    </message>
    <message>
        <source>journal-extract.pdf</source>
        <translation>extrait-journal.pdf</translation>
    </message>
    <message>
        <source>Receipt: someone helped me</source>
        <translation>Reçu&#xa0;: quelqu’un m’a aidé</translation>
    </message>
    <message>
        <source>help-receipt.pdf</source>
        <translation>recu-aide.pdf</translation>
    </message>
    <message>
        <source>The place is not written in my carnet.</source>
        <translation>Le lieu n’est pas écrit dans mon carnet.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>No phone number is written in my carnet.</source>
        <translation>Aucun numéro de téléphone n’est écrit dans mon carnet.</translation>
    </message>
    <message>
        <source>No appointment this week.</source>
        <translation>Pas de rendez-vous cette semaine.</translation>
    </message>
    <message>
        <source>A step to do</source>
        <translation>Une démarche à faire</translation>
    </message>
    <message>
        <source>Nothing to do this week.</source>
        <translation>Rien à faire cette semaine.</translation>
    </message>
    <message>
        <source>……… hours</source>
        <translation>……… heures</translation>
    </message>
    <message>
        <source>Hours of activity</source>
        <translation>Heures d’activité</translation>
    </message>
    <message>
        <source>My week, from %1 to %2</source>
        <translation>Ma semaine, du %1 au %2</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
    </message>
    <message>
        <source>Version %1, written on %2:</source>
        <translation>Version %1, écrite le %2&#xa0;:</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <source>Exchanges in this extract: %1.</source>
        <translation>Échanges dans cet extrait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Vérifié le %1.</translation>
    </message>
    <message>
        <source>This fingerprint changes if anything in the journal changes.</source>
        <translation>Cette empreinte change si quelque chose change dans le journal.</translation>
    </message>
    <message>
        <source>Fingerprints are SHA-256 codes: a computer can check them again.</source>
        <translation>Les empreintes sont des codes SHA-256&#xa0;: un ordinateur peut les vérifier à nouveau.</translation>
    </message>
    <message>
        <source>%1, from %2.</source>
        <translation>%1, de %2.</translation>
    </message>
    <message>
        <source>What I allowed: %1</source>
        <translation>Ce que j’ai permis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start: %1.</source>
        <translation>Début&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The help is still going on.</source>
        <translation>L’aide est encore en cours.</translation>
    </message>
    <message>
        <source>Nothing was changed in my carnet.</source>
        <translation>Rien n’a été changé dans mon carnet.</translation>
    </message>
    <message>
        <source>I will see %1.</source>
        <translation>Je verrai %1.</translation>
    </message>
    <message>
        <source>Call %1.</source>
        <translation>Appeler le %1.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>When to call: %1</source>
        <translation>Quand appeler&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 done out of %2.</source>
        <translation>%1 faites sur %2.</translation>
    </message>
    <message>
        <source>This is my own record of my hours. It is not an official count.</source>
        <translation>C’est moi qui note mes heures. Ce n’est pas un décompte officiel.</translation>
    </message>
    <message>
        <source>No hours written this week.</source>
        <translation>Aucune heure notée cette semaine.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Suite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>Reçu le %1.</translation>
    </message>
    <message>
        <source>Its fingerprint: %1</source>
        <translation>Son empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 versions checked: nothing was changed.</source>
        <translation>%1 versions vérifiées&#xa0;: rien n’a été changé.</translation>
    </message>
    <message>
        <source>The check found a change at version number %1.</source>
        <translation>La vérification a trouvé un changement à la version numéro %1.</translation>
    </message>
    <message>
        <source>Fingerprint of the whole journal, up to version %1:</source>
        <translation>Empreinte de tout le journal, jusqu’à la version %1&#xa0;:</translation>
    </message>
    <message>
        <source>End: %1.</source>
        <translation>Fin&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Who helped me</source>
        <translation>Qui m’a aidé</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>By %1: %2.</source>
        <translation>Au plus tard le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Total from %1 to %2: %3.</source>
        <translation>Total du %1 au %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organisation: %1.</source>
        <translation>Organisme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No exchange is written for these days.</source>
        <translation>Aucun échange n’est écrit pour ces jours.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>I keep this paper.</source>
        <translation>Je garde ce papier.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Your carnet is closed. Your password opens it again.</source>
        <translation>Votre carnet est fermé. Votre mot de passe l’ouvre à nouveau.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Lire les rappels</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Read this appointment</source>
        <translation>Lire ce rendez-vous</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Read what is to do</source>
        <translation>Lire ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Heures de cette semaine</translation>
    </message>
    <message>
        <source>Read the hours</source>
        <translation>Lire les heures</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Read the last exchange</source>
        <translation>Lire le dernier échange</translation>
    </message>
    <message>
        <source>Print my week</source>
        <translation>Imprimer ma semaine</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>Every other place</source>
        <translation>Tous les autres endroits</translation>
    </message>
    <message>
        <source>Every place</source>
        <translation>Tous les endroits</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Here is what you have to do. Press “Lock” when you leave.</source>
        <translation>Voici ce que vous avez à faire. Appuyez sur «&#xa0;Verrouiller&#xa0;» quand vous partez.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Bonjour %1.</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Bonjour.</translation>
    </message>
    <message>
        <source>Nothing is planned for now.</source>
        <translation>Rien n’est prévu pour le moment.</translation>
    </message>
    <message>
        <source>You will see %1.</source>
        <translation>Vous verrez %1.</translation>
    </message>
    <message>
        <source>A step to do</source>
        <translation>Une démarche à faire</translation>
    </message>
    <message>
        <source>Late since %1: %2.</source>
        <translation>En retard depuis le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>By %1: %2.</source>
        <translation>Au plus tard le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(rule to check)</source>
        <translation>(règle à vérifier)</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Rien à faire pour le moment.</translation>
    </message>
    <message>
        <source>%1 out of %2 this week.</source>
        <translation>%1 sur %2 cette semaine.</translation>
    </message>
    <message>
        <source>Do it today, to be safe: %1. The last day is %2.</source>
        <translation>Faites-le aujourd’hui, pour être tranquille&#xa0;: %1. Le dernier jour est le %2.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>appointment: %1</source>
        <translation>rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>last day: %1</source>
        <translation>dernier jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Your recovery code (6 groups of 4 letters or numbers)</source>
        <translation>Votre code de secours (6 groupes de 4 lettres ou chiffres)</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Tapez le nouveau mot de passe une deuxième fois</translation>
    </message>
    <message>
        <source>Make my old password useless, even on old copies</source>
        <translation>Rendre mon ancien mot de passe inutile, même sur les vieilles copies</translation>
    </message>
    <message>
        <source>Choose this if someone may know your old password. Opening takes a little longer. Copies saved on a USB stick before today still open with the old password.</source>
        <translation>Cochez ceci si quelqu’un connaît peut-être votre ancien mot de passe. L’ouverture prend un peu plus de temps. Les copies faites sur une clé USB avant aujourd’hui s’ouvrent encore avec l’ancien mot de passe.</translation>
    </message>
    <message>
        <source>Opening your carnet. It takes a few seconds.</source>
        <translation>Repères ouvre votre carnet. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Opening your carnet, please wait</source>
        <translation>Repères ouvre votre carnet. Merci de patienter.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open without my password</source>
        <translation>Ouvrir sans mon mot de passe</translation>
    </message>
    <message>
        <source>This computer remembers the key of your carnet.</source>
        <translation>Cet ordinateur garde la clé secrète de votre carnet.</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>J’ai oublié mon mot de passe</translation>
    </message>
    <message>
        <source>Open a carnet on a USB stick</source>
        <translation>Ouvrir un carnet sur une clé USB</translation>
    </message>
    <message>
        <source>Open with my recovery code</source>
        <translation>Ouvrir avec mon code de secours</translation>
    </message>
    <message>
        <source>Open my carnet</source>
        <translation>Ouvrir mon carnet</translation>
    </message>
    <message>
        <source>Type the code from your paper, then choose a new password.</source>
        <translation>Tapez le code écrit sur votre papier. Ensuite, choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>Tapez votre mot de passe, puis appuyez sur la touche Entrée.</translation>
    </message>
    <message>
        <source>Use my password instead</source>
        <translation>Ouvrir avec mon mot de passe</translation>
    </message>
    <message>
        <source>Open and save the new password</source>
        <translation>Ouvrir et enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>There is no carnet in this folder. Choose the folder of your carnet.</source>
        <translation>Il n’y a pas de carnet dans ce dossier. Choisissez le dossier de votre carnet.</translation>
    </message>
    <message>
        <source>Carnet found. Type your password.</source>
        <translation>Votre carnet a été trouvé. Tapez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Repères keeps your appointments, your letters and your proofs in a carnet.</source>
        <translation>Repères garde vos rendez-vous, vos courriers et vos preuves dans un carnet.</translation>
    </message>
    <message>
        <source>Your carnet is locked by a password. Only you know it.</source>
        <translation>Votre carnet est protégé par un mot de passe. Vous êtes la seule personne à le connaître.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Nothing goes on the Internet.</source>
        <translation>Rien ne sort de cet ordinateur. Rien ne va sur Internet.</translation>
    </message>
    <message>
        <source>Open my carnet</source>
        <translation>Ouvrir mon carnet</translation>
    </message>
    <message>
        <source>Create my carnet</source>
        <translation>Créer mon carnet</translation>
    </message>
    <message>
        <source>Settings: colours, language</source>
        <translation>Réglages&#xa0;: couleurs, langue</translation>
    </message>
    <message>
        <source>About Repères and help</source>
        <translation>À propos de Repères et aide</translation>
    </message>
    <message>
        <source>Whose computer is this?</source>
        <translation>À qui est cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Other people use it too</source>
        <translation>D’autres personnes l’utilisent aussi</translation>
    </message>
    <message>
        <source>It is my own computer</source>
        <translation>C’est mon propre ordinateur</translation>
    </message>
    <message>
        <source>A library or an association computer is used by other people. Choose “my own computer” only if nobody else uses your session on it. You can change this later in Settings.</source>
        <translation>Un ordinateur de bibliothèque ou d’association sert à d’autres personnes. Choisissez «&#xa0;mon propre ordinateur&#xa0;» seulement si personne d’autre n’utilise votre compte dessus. Vous pourrez changer cela plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Welcome to Repères</source>
        <translation>Bienvenue dans Repères</translation>
    </message>
    <message>
        <source>Choose what you want to do. The Tab key goes to the next button. The Enter key presses it.</source>
        <translation>Choisissez ce que vous voulez faire. La touche Tab va au bouton suivant. La touche Entrée appuie dessus.</translation>
    </message>
</context>
</TS>
