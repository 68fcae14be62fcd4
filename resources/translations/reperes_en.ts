<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Button</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Your first name or a nickname (you can leave it empty)</source>
        <translation>Your first name or a nickname (you can leave it empty)</translation>
    </message>
    <message>
        <source>It is only written inside your carnet.</source>
        <translation>It is only written inside your carnet.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <source>A few words that go together only for you are easy to remember and hard to guess.</source>
        <translation>A few words that go together only for you are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Suggest a password</source>
        <translation>Suggest a password</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>Choose where to keep my carnet</source>
        <translation>Choose where to keep my carnet</translation>
    </message>
    <message>
        <source>Creating your carnet, please wait</source>
        <translation>Creating your carnet, please wait</translation>
    </message>
    <message>
        <source>Create my carnet</source>
        <translation>Create my carnet</translation>
    </message>
    <message>
        <source>Choose a password. You will need it each time you open your carnet.</source>
        <translation>Choose a password. You will need it each time you open your carnet.</translation>
    </message>
    <message>
        <source>Your carnet will be kept in: %1</source>
        <translation>Your carnet will be kept in: %1</translation>
    </message>
    <message>
        <source>Your carnet will be kept on this USB stick.</source>
        <translation>Your carnet will be kept on this USB stick.</translation>
    </message>
    <message>
        <source>Your carnet will be kept on this computer.</source>
        <translation>Your carnet will be kept on this computer.</translation>
    </message>
    <message>
        <source>Suggested password: %1. Write it down before you go on.</source>
        <translation>Suggested password: %1. Write it down before you go on.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Hides Repères at once and closes your carnet.</source>
        <translation>Hides Repères at once and closes your carnet.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Reads this screen aloud.</source>
        <translation>Reads this screen aloud.</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl and minus)</source>
        <translation>Smaller text (Ctrl and minus)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl and plus)</source>
        <translation>Bigger text (Ctrl and plus)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Closes your carnet. Your password is needed to open it again.</source>
        <translation>Closes your carnet. Your password is needed to open it again.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>Nobody has used Repères for a while. Your carnet will close in %1 seconds.</source>
        <translation>Nobody has used Repères for a while. Your carnet will close in %1 seconds.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Nothing was changed. Please try again.</source>
        <translation>Something went wrong. Nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>This password cannot be used. Please choose another one.</translation>
    </message>
    <message>
        <source>This code does not open the carnet. Check each group of 4 letters or numbers.</source>
        <translation>This code does not open the carnet. Check each group of 4 letters or numbers.</translation>
    </message>
    <message>
        <source>This password does not open the carnet. Check capital letters and accents, then try again.</source>
        <translation>This password does not open the carnet. Check capital letters and accents, then try again.</translation>
    </message>
    <message>
        <source>This carnet is damaged and cannot be opened. It was not changed. Ask for help to open a copy.</source>
        <translation>This carnet is damaged and cannot be opened. It was not changed. Ask for help to open a copy.</translation>
    </message>
    <message>
        <source>This carnet was made by a newer Repères. Please install the new Repères to open it. The carnet was not changed.</source>
        <translation>This carnet was made by a newer Repères. Please install the new Repères to open it. The carnet was not changed.</translation>
    </message>
    <message>
        <source>No carnet was found here. You can create one, or open one on a USB stick.</source>
        <translation>No carnet was found here. You can create one, or open one on a USB stick.</translation>
    </message>
    <message>
        <source>This carnet is already open in another Repères window. Close that window first.</source>
        <translation>This carnet is already open in another Repères window. Close that window first.</translation>
    </message>
    <message>
        <source>Repères did not open this carnet, to keep it safe. Please ask for help.</source>
        <translation>Repères did not open this carnet, to keep it safe. Please ask for help.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible right now. Everything else works.</source>
        <translation>Reading aloud is not possible right now. Everything else works.</translation>
    </message>
    <message>
        <source>This password is too long. Use fewer than 1024 letters or signs.</source>
        <translation>This password is too long. Use fewer than 1024 letters or signs.</translation>
    </message>
    <message>
        <source>This password has a sign that cannot be used.</source>
        <translation>This password has a sign that cannot be used.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: there is no voice on this computer. Everything else works.</source>
        <translation>Reading aloud is not possible: there is no voice on this computer. Everything else works.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible on this computer yet. Everything else works.</source>
        <translation>Reading aloud is not possible on this computer yet. Everything else works.</translation>
    </message>
    <message>
        <source>Reading aloud is not possible: no sound output was found. Are the speakers or headphones plugged in?</source>
        <translation>Reading aloud is not possible: no sound output was found. Are the speakers or headphones plugged in?</translation>
    </message>
    <message>
        <source>The sound stopped. Check the speakers or headphones, then press “Read” again.</source>
        <translation>The sound stopped. Check the speakers or headphones, then press “Read” again.</translation>
    </message>
    <message>
        <source>The voice stopped working. Press “Read” to try again.</source>
        <translation>The voice stopped working. Press “Read” to try again.</translation>
    </message>
    <message>
        <source>The chosen voice is not here any more. Another voice reads.</source>
        <translation>The chosen voice is not here any more. Another voice reads.</translation>
    </message>
    <message>
        <source>The disk or the USB stick is full. What you saved before is safe.</source>
        <translation>The disk or the USB stick is full. What you saved before is safe.</translation>
    </message>
    <message>
        <source>Repères cannot write here. Is the USB stick still plugged in? What you saved before is safe.</source>
        <translation>Repères cannot write here. Is the USB stick still plugged in? What you saved before is safe.</translation>
    </message>
    <message>
        <source>There is already a carnet in this folder. Choose another folder.</source>
        <translation>There is already a carnet in this folder. Choose another folder.</translation>
    </message>
    <message>
        <source>This password is too short. Use at least 8 characters, or a few words.</source>
        <translation>This password is too short. Use at least 8 characters, or a few words.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Put a few words together, or press “Suggest a password”.</source>
        <translation>This password is too easy to guess. Put a few words together, or press “Suggest a password”.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>The two passwords are not the same. Please type them again.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Repères: my recovery code</source>
        <translation>Repères: my recovery code</translation>
    </message>
    <message>
        <source>If I forget my password, this code opens my carnet.</source>
        <translation>If I forget my password, this code opens my carnet.</translation>
    </message>
    <message>
        <source>I keep this paper at home, not with my USB stick.</source>
        <translation>I keep this paper at home, not with my USB stick.</translation>
    </message>
    <message>
        <source>Nobody else needs this code. I do not give it to anyone.</source>
        <translation>Nobody else needs this code. I do not give it to anyone.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>If you forget your password, this code opens your carnet.</source>
        <translation>If you forget your password, this code opens your carnet.</translation>
    </message>
    <message>
        <source>Write it on paper, or print it. Keep the paper at home, not with your USB stick.</source>
        <translation>Write it on paper, or print it. Keep the paper at home, not with your USB stick.</translation>
    </message>
    <message>
        <source>Nobody else needs this code. Do not give it to anyone.</source>
        <translation>Nobody else needs this code. Do not give it to anyone.</translation>
    </message>
    <message>
        <source>Print the code</source>
        <translation>Print the code</translation>
    </message>
    <message>
        <source>I have written it down or printed it</source>
        <translation>I have written it down or printed it</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it safe.</source>
        <translation>This code is shown only once. Keep it safe.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dark text on a light background</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Light text on a dark background</translation>
    </message>
    <message>
        <source>Yellow text on black</source>
        <translation>Yellow text on black</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Use the buttons A− and A+ at the top of every screen.</source>
        <translation>Use the buttons A− and A+ at the top of every screen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Reading aloud</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Calm (advised)</source>
        <translation>Calm (advised)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>The usual French voice</source>
        <translation>The usual French voice</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Choose what is easiest for you to read. It is kept for next time.</source>
        <translation>Choose what is easiest for you to read. It is kept for next time.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Read the reminders</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Read this appointment</source>
        <translation>Read this appointment</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Read what is to do</source>
        <translation>Read what is to do</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Hours this week</translation>
    </message>
    <message>
        <source>Read the hours</source>
        <translation>Read the hours</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Read the last exchange</source>
        <translation>Read the last exchange</translation>
    </message>
    <message>
        <source>Settings: colours, language</source>
        <translation>Settings: colours, language</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>My agenda</translation>
    </message>
    <message>
        <source>What I must do</source>
        <translation>What I must do</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>My hours of activity</translation>
    </message>
    <message>
        <source>My exchanges</source>
        <translation>My exchanges</translation>
    </message>
    <message>
        <source>My letters and papers</source>
        <translation>My letters and papers</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organisations and contacts</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Here is what you have to do. Press “Lock” when you leave.</source>
        <translation>Here is what you have to do. Press “Lock” when you leave.</translation>
    </message>
    <message>
        <source>Hello %1.</source>
        <translation>Hello %1.</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Hello.</translation>
    </message>
    <message>
        <source>Nothing is planned for now.</source>
        <translation>Nothing is planned for now.</translation>
    </message>
    <message>
        <source>You will see %1.</source>
        <translation>You will see %1.</translation>
    </message>
    <message>
        <source>A step to do</source>
        <translation>A step to do</translation>
    </message>
    <message>
        <source>Late since %1: %2.</source>
        <translation>Late since %1: %2.</translation>
    </message>
    <message>
        <source>Before %1: %2.</source>
        <translation>Before %1: %2.</translation>
    </message>
    <message>
        <source>(rule to check)</source>
        <translation>(rule to check)</translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <source>%1 out of %2 this week.</source>
        <translation>%1 out of %2 this week.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>appointment: %1</source>
        <translation>appointment: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>last day: %1</source>
        <translation>last day: %1</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 at %2.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <source>Place: %1.</source>
        <translation>Place: %1.</translation>
    </message>
    <message>
        <source>Bring: %1.</source>
        <translation>Bring: %1.</translation>
    </message>
    <message>
        <source>The letter says you must come.</source>
        <translation>The letter says you must come.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Your recovery code (6 groups of 4 letters or numbers)</source>
        <translation>Your recovery code (6 groups of 4 letters or numbers)</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Type the new password again</translation>
    </message>
    <message>
        <source>Opening your carnet. It takes a few seconds.</source>
        <translation>Opening your carnet. It takes a few seconds.</translation>
    </message>
    <message>
        <source>Opening your carnet, please wait</source>
        <translation>Opening your carnet, please wait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>I forgot my password</source>
        <translation>I forgot my password</translation>
    </message>
    <message>
        <source>Open a carnet on a USB stick</source>
        <translation>Open a carnet on a USB stick</translation>
    </message>
    <message>
        <source>Open with my recovery code</source>
        <translation>Open with my recovery code</translation>
    </message>
    <message>
        <source>Open my carnet</source>
        <translation>Open my carnet</translation>
    </message>
    <message>
        <source>Type the code from your paper, then choose a new password.</source>
        <translation>Type the code from your paper, then choose a new password.</translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
    <message>
        <source>Use my password instead</source>
        <translation>Use my password instead</translation>
    </message>
    <message>
        <source>Open and save the new password</source>
        <translation>Open and save the new password</translation>
    </message>
    <message>
        <source>There is no carnet in this folder. Choose the folder of your carnet.</source>
        <translation>There is no carnet in this folder. Choose the folder of your carnet.</translation>
    </message>
    <message>
        <source>Carnet found. Type your password.</source>
        <translation>Carnet found. Type your password.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Repères keeps your appointments, your letters and your proofs in a carnet.</source>
        <translation>Repères keeps your appointments, your letters and your proofs in a carnet.</translation>
    </message>
    <message>
        <source>Your carnet is locked by a password. Only you know it.</source>
        <translation>Your carnet is locked by a password. Only you know it.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Nothing goes on the Internet.</source>
        <translation>Nothing leaves this computer. Nothing goes on the Internet.</translation>
    </message>
    <message>
        <source>Open my carnet</source>
        <translation>Open my carnet</translation>
    </message>
    <message>
        <source>Create my carnet</source>
        <translation>Create my carnet</translation>
    </message>
    <message>
        <source>Settings: colours, language</source>
        <translation>Settings: colours, language</translation>
    </message>
    <message>
        <source>Welcome to Repères</source>
        <translation>Welcome to Repères</translation>
    </message>
    <message>
        <source>Choose what you want to do. The Tab key goes to the next button. The Enter key presses it.</source>
        <translation>Choose what you want to do. The Tab key goes to the next button. The Enter key presses it.</translation>
    </message>
</context>
</TS>
