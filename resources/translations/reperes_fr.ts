<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>MainWindow</name>
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
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
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
        <source>Settings: colours, language</source>
        <translation>Réglages&#xa0;: couleurs, langue</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>What I must do</source>
        <translation>Ce que je dois faire</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>Mes heures d’activité</translation>
    </message>
    <message>
        <source>My exchanges</source>
        <translation>Mes échanges</translation>
    </message>
    <message>
        <source>My letters and papers</source>
        <translation>Mes courriers et papiers</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organismes et contacts</translation>
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
        <source>Before %1: %2.</source>
        <translation>Avant %1&#xa0;: %2.</translation>
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
        <source>%1 at %2.</source>
        <translation>%1 à %2.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Avec %1.</translation>
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
        <source>Welcome to Repères</source>
        <translation>Bienvenue dans Repères</translation>
    </message>
    <message>
        <source>Choose what you want to do. The Tab key goes to the next button. The Enter key presses it.</source>
        <translation>Choisissez ce que vous voulez faire. La touche Tab va au bouton suivant. La touche Entrée appuie dessus.</translation>
    </message>
</context>
</TS>
