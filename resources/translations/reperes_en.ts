<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>This is Repères, version %1.</source>
        <translation>This is Repères, version %1.</translation>
    </message>
    <message>
        <source>Never on the Internet</source>
        <translation>Never on the Internet</translation>
    </message>
    <message>
        <source>Repères never goes on the Internet. It sends nothing, to anyone.</source>
        <translation>Repères never goes on the Internet. It sends nothing, to anyone.</translation>
    </message>
    <message>
        <source>There is no account, no advertising and no tracking.</source>
        <translation>There is no account, no advertising and no tracking.</translation>
    </message>
    <message>
        <source>What you write stays in your carnet, locked by your password.</source>
        <translation>What you write stays in your carnet, locked by your password.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>What Repères does not protect</translation>
    </message>
    <message>
        <source>Where your carnet is</source>
        <translation>Where your carnet is</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>You can ask for help at a France Services office near you.</source>
        <translation>You can ask for help at a France Services office near you.</translation>
    </message>
    <message>
        <source>A local association or a social worker can also help you use Repères.</source>
        <translation>A local association or a social worker can also help you use Repères.</translation>
    </message>
    <message>
        <source>Bring your printed recovery code if you forgot your password.</source>
        <translation>Bring your printed recovery code if you forgot your password.</translation>
    </message>
    <message>
        <source>Free software</source>
        <translation>Free software</translation>
    </message>
    <message>
        <source>Repères is free software. You may use it, copy it, share it and change it. Licence: GNU GPL, version 3 or later (%1).</source>
        <translation>Repères is free software. You may use it, copy it, share it and change it. Licence: GNU GPL, version 3 or later (%1).</translation>
    </message>
    <message>
        <source>Your carnet is on this USB stick, in the folder “donnees”. Nothing is written on this computer.</source>
        <translation>Your carnet is on this USB stick, in the folder “donnees”. Nothing is written on this computer.</translation>
    </message>
    <message>
        <source>Your carnet is in this folder on this computer: %1</source>
        <translation>Your carnet is in this folder on this computer: %1</translation>
    </message>
    <message>
        <source>About Repères</source>
        <translation>About Repères</translation>
    </message>
    <message>
        <source>What Repères is, where your carnet is, and who can help you.</source>
        <translation>What Repères is, where your carnet is, and who can help you.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>This is no longer in your carnet.</source>
        <translation>This is no longer in your carnet.</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Add an appointment</source>
        <translation>Add an appointment</translation>
    </message>
    <message>
        <source>A word to search</source>
        <translation>A word to search</translation>
    </message>
    <message>
        <source>Search in your carnet</source>
        <translation>Search in your carnet</translation>
    </message>
    <message>
        <source>Type a word: a name, a place, a paper to bring.</source>
        <translation>Type a word: a name, a place, a paper to bring.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <source>Show earlier days</source>
        <translation>Show earlier days</translation>
    </message>
    <message>
        <source>Show later days</source>
        <translation>Show later days</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move with the arrow keys. Press Enter to open an appointment.</source>
        <translation>Move with the arrow keys. Press Enter to open an appointment.</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>My agenda</translation>
    </message>
    <message>
        <source>What your carnet holds with these words. Press Enter to open one.</source>
        <translation>What your carnet holds with these words. Press Enter to open one.</translation>
    </message>
    <message>
        <source>Your appointments, day by day. Press Enter to open one.</source>
        <translation>Your appointments, day by day. Press Enter to open one.</translation>
    </message>
    <message>
        <source>Nothing is planned today.</source>
        <translation>Nothing is planned today.</translation>
    </message>
    <message>
        <source>From this day: %1.</source>
        <translation>From this day: %1.</translation>
    </message>
    <message>
        <source>Last day: %1.</source>
        <translation>Last day: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Not done.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n appointment(s) from %1 to %2.</numerusform>
            <numerusform>%n appointment(s) from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is planned after these days.</source>
        <translation>Nothing is planned after these days.</translation>
    </message>
    <message>
        <source>There is nothing earlier in your carnet.</source>
        <translation>There is nothing earlier in your carnet.</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>Nothing was found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n result(s) for “%1”.</numerusform>
            <numerusform>%n result(s) for “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are shown. Add a word to find fewer.</source>
        <translation>The newest %1 are shown. Add a word to find fewer.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Hours of activity</source>
        <translation>Hours of activity</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Step to do</source>
        <translation>Step to do</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>This cannot be opened from the agenda yet.</source>
        <translation>This cannot be opened from the agenda yet.</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <source>Read this appointment</source>
        <translation>Read this appointment</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Read what to bring</source>
        <translation>Read what to bring</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <source>Read who to call</source>
        <translation>Read who to call</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Read the notes</source>
        <translation>Read the notes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The convocation, a proof: papers kept with this appointment.</source>
        <translation>The convocation, a proof: papers kept with this appointment.</translation>
    </message>
    <message>
        <source>Say what happened</source>
        <translation>Say what happened</translation>
    </message>
    <message>
        <source>Change this appointment</source>
        <translation>Change this appointment</translation>
    </message>
    <message>
        <source>Open the new appointment</source>
        <translation>Open the new appointment</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Print the card</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <source>For example: meeting with my adviser.</source>
        <translation>For example: meeting with my adviser.</translation>
    </message>
    <message>
        <source>With which organisation?</source>
        <translation>With which organisation?</translation>
    </message>
    <message>
        <source>With whom?</source>
        <translation>With whom?</translation>
    </message>
    <message>
        <source>Add people in “Organisations and contacts”.</source>
        <translation>Add people in “Organisations and contacts”.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>For example: 25/03/2026, 4/12, tomorrow or next Monday.</source>
        <translation>For example: 25/03/2026, 4/12, tomorrow or next Monday.</translation>
    </message>
    <message>
        <source>14:30</source>
        <translation>14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>For example: 9:00 or 14:30.</source>
        <translation>For example: 9:00 or 14:30.</translation>
    </message>
    <message>
        <source>End time (you can leave it empty)</source>
        <translation>End time (you can leave it empty)</translation>
    </message>
    <message>
        <source>How does it take place?</source>
        <translation>How does it take place?</translation>
    </message>
    <message>
        <source>I go there</source>
        <translation>I go there</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By video, on a screen</source>
        <translation>By video, on a screen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Thing to bring, line %1</source>
        <translation>Thing to bring, line %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Remove line %1</translation>
    </message>
    <message>
        <source>Add a thing to bring</source>
        <translation>Add a thing to bring</translation>
    </message>
    <message>
        <source>The letter says I must come</source>
        <translation>The letter says I must come</translation>
    </message>
    <message>
        <source>Notes (you can leave them empty)</source>
        <translation>Notes (you can leave them empty)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing yet: still planned</source>
        <translation>Nothing yet: still planned</translation>
    </message>
    <message>
        <source>When did you cancel?</source>
        <translation>When did you cancel?</translation>
    </message>
    <message>
        <source>How did you tell them?</source>
        <translation>How did you tell them?</translation>
    </message>
    <message>
        <source>For example: by phone, by letter, at the desk.</source>
        <translation>For example: by phone, by letter, at the desk.</translation>
    </message>
    <message>
        <source>Why? (you can leave it empty)</source>
        <translation>Why? (you can leave it empty)</translation>
    </message>
    <message>
        <source>Keep the proof, for example a doctor’s note. You can add it to your papers.</source>
        <translation>Keep the proof, for example a doctor’s note. You can add it to your papers.</translation>
    </message>
    <message>
        <source>Attach the proof</source>
        <translation>Attach the proof</translation>
    </message>
    <message>
        <source>A paper that shows it: a doctor’s note, an attendance sheet, a letter.</source>
        <translation>A paper that shows it: a doctor’s note, an attendance sheet, a letter.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>New time</translation>
    </message>
    <message>
        <source>Change an appointment</source>
        <translation>Change an appointment</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Fill in what the letter or the message says. Then press “Save”.</source>
        <translation>Fill in what the letter or the message says. Then press “Save”.</translation>
    </message>
    <message>
        <source>Choose what happened, then press “Save”.</source>
        <translation>Choose what happened, then press “Save”.</translation>
    </message>
    <message>
        <source>Each part has its own button to read it aloud.</source>
        <translation>Each part has its own button to read it aloud.</translation>
    </message>
    <message>
        <source>This appointment is no longer in your carnet.</source>
        <translation>This appointment is no longer in your carnet.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <source>You will meet %1.</source>
        <translation>You will meet %1.</translation>
    </message>
    <message>
        <source>This appointment is in the past.</source>
        <translation>This appointment is in the past.</translation>
    </message>
    <message>
        <source>You told them: %1.</source>
        <translation>You told them: %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>Written down on %1.</source>
        <translation>Written down on %1.</translation>
    </message>
    <message>
        <source>Cancelled or moved?</source>
        <translation>Cancelled or moved?</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Careful: at the same time you have %1.</source>
        <translation>Careful: at the same time you have %1.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <source>Phone number (you can leave it empty)</source>
        <translation>Phone number (you can leave it empty)</translation>
    </message>
    <message>
        <source>Video link (you can leave it empty)</source>
        <translation>Video link (you can leave it empty)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This appointment is in the past: say what happened.</source>
        <translation>This appointment is in the past: say what happened.</translation>
    </message>
    <message>
        <source>Noted: the appointment of %1 at %2</source>
        <translation>Noted: the appointment of %1 at %2</translation>
    </message>
    <message>
        <source>What was the reason?</source>
        <translation>What was the reason?</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choose one answer.</translation>
    </message>
    <message>
        <source>Saved. Here is the new appointment.</source>
        <translation>Saved. Here is the new appointment.</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Copy my carnet</source>
        <translation>Copy my carnet</translation>
    </message>
    <message>
        <source>Keep a copy on your USB stick, in case this computer or your stick is lost. The copy opens with the same password and the same recovery code.</source>
        <translation>Keep a copy on your USB stick, in case this computer or your stick is lost. The copy opens with the same password and the same recovery code.</translation>
    </message>
    <message>
        <source>Copy to my USB stick</source>
        <translation>Copy to my USB stick</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>Restore from a copy</translation>
    </message>
    <message>
        <source>Your carnet of now is kept in its folder. It is never deleted. Then the copy takes its place.</source>
        <translation>Your carnet of now is kept in its folder. It is never deleted. Then the copy takes its place.</translation>
    </message>
    <message>
        <source>Choose the copy</source>
        <translation>Choose the copy</translation>
    </message>
    <message>
        <source>The password of this copy</source>
        <translation>The password of this copy</translation>
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
        <source>Restore this copy</source>
        <translation>Restore this copy</translation>
    </message>
    <message>
        <source>Yes, put this other carnet in place of mine</source>
        <translation>Yes, put this other carnet in place of mine</translation>
    </message>
    <message>
        <source>Copy or restore my carnet</source>
        <translation>Copy or restore my carnet</translation>
    </message>
    <message>
        <source>Your copies stay locked. Only your password opens them.</source>
        <translation>Your copies stay locked. Only your password opens them.</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>Choose your USB stick</translation>
    </message>
    <message>
        <source>Copying… Do not pull out the stick.</source>
        <translation>Copying… Do not pull out the stick.</translation>
    </message>
    <message>
        <source>Your carnet is copied, in the folder “%1”. You can pull out the stick.</source>
        <translation>Your carnet is copied, in the folder “%1”. You can pull out the stick.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was copied. Make room on it, or use another stick.</source>
        <translation>The USB stick is full. Nothing was copied. Make room on it, or use another stick.</translation>
    </message>
    <message>
        <source>The copy could not be written. Was the stick pulled out? Nothing half-written was left. Your carnet is safe.</source>
        <translation>The copy could not be written. Was the stick pulled out? Nothing half-written was left. Your carnet is safe.</translation>
    </message>
    <message>
        <source>Choose the copy of your carnet</source>
        <translation>Choose the copy of your carnet</translation>
    </message>
    <message>
        <source>This folder is not a copy of a carnet. Choose a folder “Repères copie”.</source>
        <translation>This folder is not a copy of a carnet. Choose a folder “Repères copie”.</translation>
    </message>
    <message>
        <source>Copy chosen: %1</source>
        <translation>Copy chosen: %1</translation>
    </message>
    <message>
        <source>Write the password of this copy.</source>
        <translation>Write the password of this copy.</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <source>This copy is of another carnet. During a help session, it cannot take the place of yours. Nothing was changed.</source>
        <translation>This copy is of another carnet. During a help session, it cannot take the place of yours. Nothing was changed.</translation>
    </message>
    <message>
        <source>This copy is of another carnet, not of yours. Nothing was changed. Put it in place of yours only if you are sure.</source>
        <translation>This copy is of another carnet, not of yours. Nothing was changed. Put it in place of yours only if you are sure.</translation>
    </message>
    <message>
        <source>Restoring… Do not pull out the stick.</source>
        <translation>Restoring… Do not pull out the stick.</translation>
    </message>
    <message>
        <source>Your carnet is restored. Your carnet of before is kept, in “%1”.</source>
        <translation>Your carnet is restored. Your carnet of before is kept, in “%1”.</translation>
    </message>
    <message>
        <source>There is no room left for the restore. Nothing was changed.</source>
        <translation>There is no room left for the restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>The copy could not be read. Was the stick pulled out? Nothing was changed.</source>
        <translation>The copy could not be read. Was the stick pulled out? Nothing was changed.</translation>
    </message>
</context>
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
    <name>DirectoryScreen</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organisations and contacts</translation>
    </message>
    <message>
        <source>Move with the arrow keys. Press Enter to change one.</source>
        <translation>Move with the arrow keys. Press Enter to change one.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For example: France Travail, agency of your town.</source>
        <translation>For example: France Travail, agency of your town.</translation>
    </message>
    <message>
        <source>What kind of organisation?</source>
        <translation>What kind of organisation?</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Write the number you find on their letters.</source>
        <translation>Write the number you find on their letters.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>For example: Monday to Friday, 9:00 to 12:30.</source>
        <translation>For example: Monday to Friday, 9:00 to 12:30.</translation>
    </message>
    <message>
        <source>Notes (you can leave them empty)</source>
        <translation>Notes (you can leave them empty)</translation>
    </message>
    <message>
        <source>For example: Mrs Martin, or Karim.</source>
        <translation>For example: Mrs Martin, or Karim.</translation>
    </message>
    <message>
        <source>What do they do for you?</source>
        <translation>What do they do for you?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>For example: 01 23 45 67 89.</source>
        <translation>For example: 01 23 45 67 89.</translation>
    </message>
    <message>
        <source>Other phone number (you can leave it empty)</source>
        <translation>Other phone number (you can leave it empty)</translation>
    </message>
    <message>
        <source>E-mail address (you can leave it empty)</source>
        <translation>E-mail address (you can leave it empty)</translation>
    </message>
    <message>
        <source>When to call them (you can leave it empty)</source>
        <translation>When to call them (you can leave it empty)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Remove this person</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <source>No, keep</source>
        <translation>No, keep</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Write what you know. Then press “Save”.</source>
        <translation>Write what you know. Then press “Save”.</translation>
    </message>
    <message>
        <source>Add your agency, your adviser, their phone numbers and hours. Press Enter to change one.</source>
        <translation>Add your agency, your adviser, their phone numbers and hours. Press Enter to change one.</translation>
    </message>
    <message>
        <source>People of no organisation</source>
        <translation>People of no organisation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Remove %1 from your carnet? Appointments with them are kept.</source>
        <translation>Remove %1 from your carnet? Appointments with them are kept.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
    <message>
        <source>%1 is back in your carnet.</source>
        <translation>%1 is back in your carnet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Check what is written here.</source>
        <translation>Check what is written here.</translation>
    </message>
</context>
<context>
    <name>DocumentLinks</name>
    <message>
        <source>A document of your carnet</source>
        <translation>A document of your carnet</translation>
    </message>
    <message>
        <source>Attach this document</source>
        <translation>Attach this document</translation>
    </message>
    <message>
        <source>Add a new file</source>
        <translation>Add a new file</translation>
    </message>
    <message>
        <source>A photo or a PDF file from this computer or a USB stick.</source>
        <translation>A photo or a PDF file from this computer or a USB stick.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The document is taken off. It stays in “My documents”.</source>
        <translation>The document is taken off. It stays in “My documents”.</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Choose a photo or a PDF file</translation>
    </message>
    <message>
        <source>Adding the document to your carnet…</source>
        <translation>Adding the document to your carnet…</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>No document attached.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Choose a document in the list first.</translation>
    </message>
    <message>
        <source>The document is attached.</source>
        <translation>The document is attached.</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The document is attached. You can change its title in “My documents”.</source>
        <translation>The document is attached. You can change its title in “My documents”.</translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation>The document could not be added. Nothing was changed.</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Take it off</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Show “%1”</translation>
    </message>
    <message>
        <source>1 document: %1.</source>
        <translation>1 document: %1.</translation>
    </message>
    <message>
        <source>Take off “%1”</source>
        <translation>Take off “%1”</translation>
    </message>
    <message>
        <source>%1 documents: %2.</source>
        <translation>%1 documents: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Add a letter or a photo</source>
        <translation>Add a letter or a photo</translation>
    </message>
    <message>
        <source>A photo (JPEG or PNG) or a PDF file, up to %1 MB.</source>
        <translation>A photo (JPEG or PNG) or a PDF file, up to %1 MB.</translation>
    </message>
    <message>
        <source>My documents, newest first</source>
        <translation>My documents, newest first</translation>
    </message>
    <message>
        <source>No document yet. Add the photo of a letter you received.</source>
        <translation>No document yet. Add the photo of a letter you received.</translation>
    </message>
    <message>
        <source>Show this document</source>
        <translation>Show this document</translation>
    </message>
    <message>
        <source>Add this document</source>
        <translation>Add this document</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Day you received it</translation>
    </message>
    <message>
        <source>Keep it in my carnet</source>
        <translation>Keep it in my carnet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Adding the document, please wait</source>
        <translation>Adding the document, please wait</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>For example: CAF letter, March.</source>
        <translation>For example: CAF letter, March.</translation>
    </message>
    <message>
        <source>What kind of paper</source>
        <translation>What kind of paper</translation>
    </message>
    <message>
        <source>For a letter: deadlines count from this day. Leave it empty otherwise.</source>
        <translation>For a letter: deadlines count from this day. Leave it empty otherwise.</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Bigger</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Turns the page a quarter turn.</source>
        <translation>Turns the page a quarter turn.</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Back to my documents</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Read the text of this letter</source>
        <translation>Read the text of this letter</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>The document, shown large</source>
        <translation>The document, shown large</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Change the description</translation>
    </message>
    <message>
        <source>Remove from my carnet</source>
        <translation>Remove from my carnet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Leave it empty if it is not a letter.</source>
        <translation>Leave it empty if it is not a letter.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Letter or convocation</source>
        <translation>Letter or convocation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Proof (certificate, receipt, doctor’s note)</source>
        <translation>Proof (certificate, receipt, doctor’s note)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Pay slip</source>
        <translation>Pay slip</translation>
    </message>
    <message>
        <source>Identity paper</source>
        <translation>Identity paper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>A document</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Use “Bigger” and “Turn” to read it well.</source>
        <translation>Use “Bigger” and “Turn” to read it well.</translation>
    </message>
    <message>
        <source>Your letters and photos stay locked inside your carnet.</source>
        <translation>Your letters and photos stay locked inside your carnet.</translation>
    </message>
    <message>
        <source>PDF, 1 page</source>
        <translation>PDF, 1 page</translation>
    </message>
    <message>
        <source>PDF, %1 pages</source>
        <translation>PDF, %1 pages</translation>
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
        <translation>received on %1</translation>
    </message>
    <message>
        <source>added on %1</source>
        <translation>added on %1</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF file</source>
        <translation>Choose a photo or a PDF file</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Adding the document to your carnet…</source>
        <translation>Adding the document to your carnet…</translation>
    </message>
    <message>
        <source>This document was already in your carnet. It was not added twice.</source>
        <translation>This document was already in your carnet. It was not added twice.</translation>
    </message>
    <message>
        <source>The document is kept in your carnet.</source>
        <translation>The document is kept in your carnet.</translation>
    </message>
    <message>
        <source>The document could not be added. Nothing was changed.</source>
        <translation>The document could not be added. Nothing was changed.</translation>
    </message>
    <message>
        <source>This document is not in your carnet.</source>
        <translation>This document is not in your carnet.</translation>
    </message>
    <message>
        <source>Taken off. The record and the document both stay.</source>
        <translation>Taken off. The record and the document both stay.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <source>This document cannot be shown. It stays in your carnet.</source>
        <translation>This document cannot be shown. It stays in your carnet.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Appointment: %1, %2</source>
        <translation>Appointment: %1, %2</translation>
    </message>
    <message>
        <source>Link it to an appointment, a step to do, hours or a journal entry</source>
        <translation>Link it to an appointment, a step to do, hours or a journal entry</translation>
    </message>
    <message>
        <source>For a journal entry, a new version is written. The old one stays.</source>
        <translation>For a journal entry, a new version is written. The old one stays.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>This PDF file is locked with a password. Repères cannot show it. It stays safe in your carnet.</source>
        <translation>This PDF file is locked with a password. Repères cannot show it. It stays safe in your carnet.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Repères cannot show it. Ask for the letter again, or scan the paper.</source>
        <translation>This PDF file is damaged. Repères cannot show it. Ask for the letter again, or scan the paper.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This document is sealed with an entry of your journal. It stays, so that the journal stays whole and can be trusted.</source>
        <translation>This document is sealed with an entry of your journal. It stays, so that the journal stays whole and can be trusted.</translation>
    </message>
    <message>
        <source>Remove “%1” from your carnet? It cannot be undone.</source>
        <translation>Remove “%1” from your carnet? It cannot be undone.</translation>
    </message>
    <message>
        <source>It will be taken off the records it is linked to. Those records stay.</source>
        <translation>It will be taken off the records it is linked to. Those records stay.</translation>
    </message>
    <message>
        <source>This document is sealed with an entry of your journal. It stays.</source>
        <translation>This document is sealed with an entry of your journal. It stays.</translation>
    </message>
    <message>
        <source>The document is removed from your carnet.</source>
        <translation>The document is removed from your carnet.</translation>
    </message>
    <message>
        <source>Step to do: %1, before %2</source>
        <translation>Step to do: %1, before %2</translation>
    </message>
    <message>
        <source>Hours: %1, %2</source>
        <translation>Hours: %1, %2</translation>
    </message>
    <message>
        <source>Journal: %1, %2</source>
        <translation>Journal: %1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Take it off</translation>
    </message>
    <message>
        <source>Take it off: %1</source>
        <translation>Take it off: %1</translation>
    </message>
    <message>
        <source>Choose what to link it to in the list.</source>
        <translation>Choose what to link it to in the list.</translation>
    </message>
    <message>
        <source>Linked. The journal entry has a new version with this document.</source>
        <translation>Linked. The journal entry has a new version with this document.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Linked.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>You were writing</source>
        <translation>You were writing</translation>
    </message>
    <message>
        <source>You were writing something when the carnet closed. Do you want to go on?</source>
        <translation>You were writing something when the carnet closed. Do you want to go on?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Throw away</translation>
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
    <name>GuidesScreen</name>
    <message>
        <source>Choose a subject</source>
        <translation>Choose a subject</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Open this guide</source>
        <translation>Open this guide</translation>
    </message>
    <message>
        <source>Read this guide</source>
        <translation>Read this guide</translation>
    </message>
    <message>
        <source>Prepare a letter</source>
        <translation>Prepare a letter</translation>
    </message>
    <message>
        <source>Opens the letters that go with this guide, filled from your carnet.</source>
        <translation>Opens the letters that go with this guide, filled from your carnet.</translation>
    </message>
    <message>
        <source>Other subjects</source>
        <translation>Other subjects</translation>
    </message>
    <message>
        <source>Understand my rights</source>
        <translation>Understand my rights</translation>
    </message>
    <message>
        <source>Press “Read this guide” to hear it.</source>
        <translation>Press “Read this guide” to hear it.</translation>
    </message>
    <message>
        <source>Short guides, in plain words. Choose one to read it or hear it.</source>
        <translation>Short guides, in plain words. Choose one to read it or hear it.</translation>
    </message>
</context>
<context>
    <name>HelperScreen</name>
    <message>
        <source>First name of the person who helps you</source>
        <translation>First name of the person who helps you</translation>
    </message>
    <message>
        <source>Their association or service (you can leave it empty)</source>
        <translation>Their association or service (you can leave it empty)</translation>
    </message>
    <message>
        <source>For example: Secours populaire, the library, the town hall.</source>
        <translation>For example: Secours populaire, the library, the town hall.</translation>
    </message>
    <message>
        <source>What may they do in your carnet?</source>
        <translation>What may they do in your carnet?</translation>
    </message>
    <message>
        <source>For how long? Two hours at most.</source>
        <translation>For how long? Two hours at most.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Yes, I agree</translation>
    </message>
    <message>
        <source>The person who owns the carnet presses this button.</source>
        <translation>The person who owns the carnet presses this button.</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Read it again</translation>
    </message>
    <message>
        <source>No, change something</source>
        <translation>No, change something</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>End the help now</source>
        <translation>End the help now</translation>
    </message>
    <message>
        <source>Allow with my password</source>
        <translation>Allow with my password</translation>
    </message>
    <message>
        <source>Only you type your password. Then one thing can be removed.</source>
        <translation>Only you type your password. Then one thing can be removed.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>A paper that says who helped you, when, and what was done.</source>
        <translation>A paper that says who helped you, when, and what was done.</translation>
    </message>
    <message>
        <source>Someone else helps me</source>
        <translation>Someone else helps me</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Someone is helping me</source>
        <translation>Someone is helping me</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translation>Do you agree?</translation>
    </message>
    <message>
        <source>Someone is helping you</source>
        <translation>Someone is helping you</translation>
    </message>
    <message>
        <source>The help has ended</source>
        <translation>The help has ended</translation>
    </message>
    <message>
        <source>Fill this in together. Then you choose if you agree.</source>
        <translation>Fill this in together. Then you choose if you agree.</translation>
    </message>
    <message>
        <source>Read this with the person who helps you. Only you decide.</source>
        <translation>Read this with the person who helps you. Only you decide.</translation>
    </message>
    <message>
        <source>You can end the help at any time.</source>
        <translation>You can end the help at any time.</translation>
    </message>
    <message>
        <source>This is what was done during the help.</source>
        <translation>This is what was done during the help.</translation>
    </message>
    <message>
        <source>Write the first name of the person who helps you.</source>
        <translation>Write the first name of the person who helps you.</translation>
    </message>
    <message>
        <source>This first name is too long or has a sign that cannot be used.</source>
        <translation>This first name is too long or has a sign that cannot be used.</translation>
    </message>
    <message>
        <source>This name is too long or has a sign that cannot be used.</source>
        <translation>This name is too long or has a sign that cannot be used.</translation>
    </message>
    <message>
        <source>Choose what they may do.</source>
        <translation>Choose what they may do.</translation>
    </message>
    <message>
        <source>Choose for how long.</source>
        <translation>Choose for how long.</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Look only</translation>
    </message>
    <message>
        <source>Look and add</source>
        <translation>Look and add</translation>
    </message>
    <message>
        <source>Look, add and change</source>
        <translation>Look, add and change</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>%1 will help you until %2.</source>
        <translation>%1 will help you until %2.</translation>
    </message>
    <message>
        <source>%1 may %2.</source>
        <translation>%1 may %2.</translation>
    </message>
    <message>
        <source>%1 will not see your password or your recovery code.</source>
        <translation>%1 will not see your password or your recovery code.</translation>
    </message>
    <message>
        <source>To copy, print or remove, you type your password yourself.</source>
        <translation>To copy, print or remove, you type your password yourself.</translation>
    </message>
    <message>
        <source>Everything done is written in your journal.</source>
        <translation>Everything done is written in your journal.</translation>
    </message>
    <message>
        <source>A help session is already going on. End it first.</source>
        <translation>A help session is already going on. End it first.</translation>
    </message>
    <message>
        <source>One thing can be removed now. After that, it needs your password again.</source>
        <translation>One thing can be removed now. After that, it needs your password again.</translation>
    </message>
    <message>
        <source>%1 helps you until %2. They may %3.</source>
        <translation>%1 helps you until %2. They may %3.</translation>
    </message>
    <message>
        <source>%1 helped you until %2. They could %3.</source>
        <translation>%1 helped you until %2. They could %3.</translation>
    </message>
</context>
<context>
    <name>HelperSession</name>
    <message>
        <source>other records</source>
        <translation>other records</translation>
    </message>
    <message>
        <source>look at your carnet, without changing anything</source>
        <translation>look at your carnet, without changing anything</translation>
    </message>
    <message>
        <source>look, and add new things to your carnet</source>
        <translation>look, and add new things to your carnet</translation>
    </message>
    <message>
        <source>look, add new things and change what is written</source>
        <translation>look, add new things and change what is written</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>%1 added: %2.</translation>
    </message>
    <message>
        <source>%1 changed: %2.</source>
        <translation>%1 changed: %2.</translation>
    </message>
    <message>
        <source>%1 removed: %2.</source>
        <translation>%1 removed: %2.</translation>
    </message>
    <message>
        <source>Nothing was added or changed.</source>
        <translation>Nothing was added or changed.</translation>
    </message>
    <message>
        <source>I ended the help session.</source>
        <translation>I ended the help session.</translation>
    </message>
    <message>
        <source>The help session ended: “End the help” was pressed. The carnet was closed: it opens again with the password.</source>
        <translation>The help session ended: “End the help” was pressed. The carnet was closed: it opens again with the password.</translation>
    </message>
    <message>
        <source>The help session ended: the time was over. The carnet was closed: it opens again with the password.</source>
        <translation>The help session ended: the time was over. The carnet was closed: it opens again with the password.</translation>
    </message>
    <message>
        <source>The help session ended: a wrong password was typed 3 times. The carnet was closed: it opens again with the password.</source>
        <translation>The help session ended: a wrong password was typed 3 times. The carnet was closed: it opens again with the password.</translation>
    </message>
    <message>
        <source>The help session ended here: a copy was put in place of this carnet. The help goes on in the copy.</source>
        <translation>The help session ended here: a copy was put in place of this carnet. The help goes on in the copy.</translation>
    </message>
    <message>
        <source>The help session ended: the carnet was closed.</source>
        <translation>The help session ended: the carnet was closed.</translation>
    </message>
    <message>
        <source>The help session ended: Repères was stopped.</source>
        <translation>The help session ended: Repères was stopped.</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>The help session goes on: the copy could not take the place of the carnet. Nothing was changed.</source>
        <translation>The help session goes on: the copy could not take the place of the carnet. Nothing was changed.</translation>
    </message>
    <message>
        <source>End the help</source>
        <translation>End the help</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Someone is helping you. This needs your password. Only you type it.</source>
        <translation>Someone is helping you. This needs your password. Only you type it.</translation>
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
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>appointments</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>journal entries</translation>
    </message>
    <message>
        <source>hours entries</source>
        <translation>hours entries</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>papers</translation>
    </message>
    <message>
        <source>papers attached</source>
        <translation>papers attached</translation>
    </message>
    <message>
        <source>things to do</source>
        <translation>things to do</translation>
    </message>
    <message>
        <source>answers about your situation</source>
        <translation>answers about your situation</translation>
    </message>
    <message>
        <source>hours targets</source>
        <translation>hours targets</translation>
    </message>
    <message>
        <source>numbers kept for letters</source>
        <translation>numbers kept for letters</translation>
    </message>
    <message>
        <source>What was done before:</source>
        <translation>What was done before:</translation>
    </message>
    <message>
        <source>During the help, I typed my password to %1.</source>
        <translation>During the help, I typed my password to %1.</translation>
    </message>
    <message>
        <source>The help session goes on: a copy was put in place of the carnet. The carnet of before is kept, in “%1”.</source>
        <translation>The help session goes on: a copy was put in place of the carnet. The carnet of before is kept, in “%1”.</translation>
    </message>
    <message>
        <source>say that this computer is my own computer</source>
        <translation>say that this computer is my own computer</translation>
    </message>
    <message>
        <source>say that this computer is a shared computer</source>
        <translation>say that this computer is a shared computer</translation>
    </message>
    <message>
        <source>keep my key on this computer</source>
        <translation>keep my key on this computer</translation>
    </message>
    <message>
        <source>forget my key on this computer</source>
        <translation>forget my key on this computer</translation>
    </message>
    <message>
        <source>copy my carnet to a USB stick</source>
        <translation>copy my carnet to a USB stick</translation>
    </message>
    <message>
        <source>put a copy in place of my carnet</source>
        <translation>put a copy in place of my carnet</translation>
    </message>
    <message>
        <source>print the sheet “%1”</source>
        <translation>print the sheet “%1”</translation>
    </message>
    <message>
        <source>save the sheet “%1” as a PDF file</source>
        <translation>save the sheet “%1” as a PDF file</translation>
    </message>
    <message>
        <source>remove one thing</source>
        <translation>remove one thing</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Help session started. %1 may %2, until %3. I agreed.</source>
        <translation>Help session started. %1 may %2, until %3. I agreed.</translation>
    </message>
    <message>
        <source>During the help, a wrong password was typed (%1 of %2).</source>
        <translation>During the help, a wrong password was typed (%1 of %2).</translation>
    </message>
    <message>
        <source>%1 helps you until %2.</source>
        <translation>%1 helps you until %2.</translation>
    </message>
</context>
<context>
    <name>HoursScreen</name>
    <message>
        <source>Hours this week</source>
        <translation>Hours this week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Entries of this week</source>
        <translation>Entries of this week</translation>
    </message>
    <message>
        <source>Nothing written for this week yet.</source>
        <translation>Nothing written for this week yet.</translation>
    </message>
    <message>
        <source>Entries of the week</source>
        <translation>Entries of the week</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation>Change this entry</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Puts back the entry you removed.</source>
        <translation>Puts back the entry you removed.</translation>
    </message>
    <message>
        <source>Remove this entry? You can undo it just after.</source>
        <translation>Remove this entry? You can undo it just after.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Save this entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Proof (if you have one)</source>
        <translation>Proof (if you have one)</translation>
    </message>
    <message>
        <source>An attendance sheet, a certificate: kept with these hours.</source>
        <translation>An attendance sheet, a certificate: kept with these hours.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>For example 2 for two hours.</source>
        <translation>For example 2 for two hours.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>From 0 to 59. Empty means 0.</source>
        <translation>From 0 to 59. Empty means 0.</translation>
    </message>
    <message>
        <source>What kind of activity</source>
        <translation>What kind of activity</translation>
    </message>
    <message>
        <source>With which organisation</source>
        <translation>With which organisation</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Note (if you want)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Print a statement for a period</source>
        <translation>Print a statement for a period</translation>
    </message>
    <message>
        <source>Hours written in your contract</source>
        <translation>Hours written in your contract</translation>
    </message>
    <message>
        <source>Hours each week</source>
        <translation>Hours each week</translation>
    </message>
    <message>
        <source>Write the number of your contract. Write 0 if you are exempted.</source>
        <translation>Write the number of your contract. Write 0 if you are exempted.</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Save this number</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>My hours of activity</translation>
    </message>
    <message>
        <source>Write down your hours of activity. This count is yours: Repères sends nothing.</source>
        <translation>Write down your hours of activity. This count is yours: Repères sends nothing.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Immersion in a company</source>
        <translation>Immersion in a company</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Job applications</translation>
    </message>
    <message>
        <source>Job interview</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <source>Appointment with a social worker</source>
        <translation>Appointment with a social worker</translation>
    </message>
    <message>
        <source>Steps for my rights</source>
        <translation>Steps for my rights</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>Finding childcare</source>
        <translation>Finding childcare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Week from %1 to %2</source>
        <translation>Week from %1 to %2</translation>
    </message>
    <message>
        <source>%1 this week. Your contract asks for no hours.</source>
        <translation>%1 this week. Your contract asks for no hours.</translation>
    </message>
    <message>
        <source>%1 that week. Your contract asked for no hours.</source>
        <translation>%1 that week. Your contract asked for no hours.</translation>
    </message>
    <message>
        <source>%1 of %2 this week.</source>
        <translation>%1 of %2 this week.</translation>
    </message>
    <message>
        <source>%1 of %2 that week.</source>
        <translation>%1 of %2 that week.</translation>
    </message>
    <message>
        <source>You reached the number written in your contract.</source>
        <translation>You reached the number written in your contract.</translation>
    </message>
    <message>
        <source>%1 more to reach it.</source>
        <translation>%1 more to reach it.</translation>
    </message>
    <message>
        <source>15 h is the usual number. Write yours at the bottom of this screen.</source>
        <translation>15 h is the usual number. Write yours at the bottom of this screen.</translation>
    </message>
    <message>
        <source>Entries of that week</source>
        <translation>Entries of that week</translation>
    </message>
    <message>
        <source>%1 in this month.</source>
        <translation>%1 in this month.</translation>
    </message>
    <message>
        <source>Week from %1 to %2: %3 of %4.</source>
        <translation>Week from %1 to %2: %3 of %4.</translation>
    </message>
    <message>
        <source>Week from %1 to %2: %3.</source>
        <translation>Week from %1 to %2: %3.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>The entry is changed.</source>
        <translation>The entry is changed.</translation>
    </message>
    <message>
        <source>The entry is saved.</source>
        <translation>The entry is saved.</translation>
    </message>
    <message>
        <source>Write the minutes from 0 to 59.</source>
        <translation>Write the minutes from 0 to 59.</translation>
    </message>
    <message>
        <source>This entry is no longer in your carnet.</source>
        <translation>This entry is no longer in your carnet.</translation>
    </message>
    <message>
        <source>Noted: %1, %2</source>
        <translation>Noted: %1, %2</translation>
    </message>
    <message>
        <source>The entry is removed. Press “Undo” to put it back.</source>
        <translation>The entry is removed. Press “Undo” to put it back.</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>The entry is back.</translation>
    </message>
    <message>
        <source>Saved: %1 each week, from this week on.</source>
        <translation>Saved: %1 each week, from this week on.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>Write an entry</source>
        <translation>Write an entry</translation>
    </message>
    <message>
        <source>Print an extract for a contestation</source>
        <translation>Print an extract for a contestation</translation>
    </message>
    <message>
        <source>Exchanges, newest first</source>
        <translation>Exchanges, newest first</translation>
    </message>
    <message>
        <source>Nothing written yet. Press “Write an entry” after a call.</source>
        <translation>Nothing written yet. Press “Write an entry” after a call.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Correct this entry</translation>
    </message>
    <message>
        <source>Writes a new version. The old one stays visible.</source>
        <translation>Writes a new version. The old one stays visible.</translation>
    </message>
    <message>
        <source>Read this entry</source>
        <translation>Read this entry</translation>
    </message>
    <message>
        <source>Day of the exchange</source>
        <translation>Day of the exchange</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Save this entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What kind of exchange</source>
        <translation>What kind of exchange</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>For example: Ms Martin, my adviser.</source>
        <translation>For example: Ms Martin, my adviser.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>What you or they will do next.</source>
        <translation>What you or they will do next.</translation>
    </message>
    <message>
        <source>Journal of exchanges</source>
        <translation>Journal of exchanges</translation>
    </message>
    <message>
        <source>Write down each call, letter or visit. A correction never erases the old text.</source>
        <translation>Write down each call, letter or visit. A correction never erases the old text.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Decision received</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters or photos kept with this entry. They are sealed with it.</source>
        <translation>Letters or photos kept with this entry. They are sealed with it.</translation>
    </message>
    <message>
        <source>Person in your directory</source>
        <translation>Person in your directory</translation>
    </message>
    <message>
        <source>Your conseiller or référent, if you wrote them in your directory.</source>
        <translation>Your conseiller or référent, if you wrote them in your directory.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrected)</translation>
    </message>
    <message>
        <source>With: %1.</source>
        <translation>With: %1.</translation>
    </message>
    <message>
        <source>What was said: %1</source>
        <translation>What was said: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Written on %1 at %2.</source>
        <translation>Written on %1 at %2.</translation>
    </message>
    <message>
        <source>Repères is checking that nothing was changed…</source>
        <translation>Repères is checking that nothing was changed…</translation>
    </message>
    <message>
        <source>Repères could not check the journal. Please try again later.</source>
        <translation>Repères could not check the journal. Please try again later.</translation>
    </message>
    <message>
        <source>The journal holds 1 version. Nothing was changed behind Repères’ back.</source>
        <translation>The journal holds 1 version. Nothing was changed behind Repères’ back.</translation>
    </message>
    <message>
        <source>The journal holds %1 versions. Nothing was changed behind Repères’ back.</source>
        <translation>The journal holds %1 versions. Nothing was changed behind Repères’ back.</translation>
    </message>
    <message>
        <source>The journal was changed outside Repères, or it is damaged. Keep a copy of your carnet and ask for help.</source>
        <translation>The journal was changed outside Repères, or it is damaged. Keep a copy of your carnet and ask for help.</translation>
    </message>
    <message>
        <source>The journal was changed outside Repères, or it is damaged, near version %1. Keep a copy of your carnet and ask for help.</source>
        <translation>The journal was changed outside Repères, or it is damaged, near version %1. Keep a copy of your carnet and ask for help.</translation>
    </message>
    <message>
        <source>This entry is not in your carnet.</source>
        <translation>This entry is not in your carnet.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Documents sealed with this entry: %1.</source>
        <translation>Documents sealed with this entry: %1.</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Show “%1”</translation>
    </message>
    <message>
        <source>Version %1. %2</source>
        <translation>Version %1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>The correction is saved. The old version stays visible.</source>
        <translation>The correction is saved. The old version stays visible.</translation>
    </message>
    <message>
        <source>The entry is saved in your journal.</source>
        <translation>The entry is saved in your journal.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>Which letter?</source>
        <translation>Which letter?</translation>
    </message>
    <message>
        <source>Letter models</source>
        <translation>Letter models</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <source>Show all the models</source>
        <translation>Show all the models</translation>
    </message>
    <message>
        <source>Date of the letter you answer</source>
        <translation>Date of the letter you answer</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Day you received it</translation>
    </message>
    <message>
        <source>Day of the appointment</source>
        <translation>Day of the appointment</translation>
    </message>
    <message>
        <source>Lines of my journal to quote</source>
        <translation>Lines of my journal to quote</translation>
    </message>
    <message>
        <source>Write the letter</source>
        <translation>Write the letter</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>Other models</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Your letter</translation>
    </message>
    <message>
        <source>You can change every word. Then print it or keep it.</source>
        <translation>You can change every word. Then print it or keep it.</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>Print or save as PDF</translation>
    </message>
    <message>
        <source>Read the letter</source>
        <translation>Read the letter</translation>
    </message>
    <message>
        <source>I sent it: keep it in my journal</source>
        <translation>I sent it: keep it in my journal</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>Change the answers</translation>
    </message>
    <message>
        <source>When and how did you send it?</source>
        <translation>When and how did you send it?</translation>
    </message>
    <message>
        <source>Day you sent it</source>
        <translation>Day you sent it</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Registered post</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Keep them in my carnet</source>
        <translation>Keep them in my carnet</translation>
    </message>
    <message>
        <source>For your next letters.</source>
        <translation>For your next letters.</translation>
    </message>
    <message>
        <source>How did you send it? Registered post with acknowledgement of receipt is safest.</source>
        <translation>How did you send it? Registered post with acknowledgement of receipt is safest.</translation>
    </message>
    <message>
        <source>Keep it in my journal</source>
        <translation>Keep it in my journal</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Kept in your journal, with the day you sent it and how.</source>
        <translation>Kept in your journal, with the day you sent it and how.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your numbers (France Travail, CAF…)</source>
        <translation>Your numbers (France Travail, CAF…)</translation>
    </message>
    <message>
        <source>Only if you want them in the letter.</source>
        <translation>Only if you want them in the letter.</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Written to</translation>
    </message>
    <message>
        <source>In your words: what happened, or why</source>
        <translation>In your words: what happened, or why</translation>
    </message>
    <message>
        <source>Short sentences are fine. You can change the letter afterwards.</source>
        <translation>Short sentences are fine. You can change the letter afterwards.</translation>
    </message>
    <message>
        <source>Tick the exchanges that show what happened.</source>
        <translation>Tick the exchanges that show what happened.</translation>
    </message>
    <message>
        <source>This letter</source>
        <translation>This letter</translation>
    </message>
    <message>
        <source>Choose how you sent it.</source>
        <translation>Choose how you sent it.</translation>
    </message>
    <message>
        <source>This day has not come yet. Write the day you sent it.</source>
        <translation>This day has not come yet. Write the day you sent it.</translation>
    </message>
    <message>
        <source>Keep the proof that you sent it.</source>
        <translation>Keep the proof that you sent it.</translation>
    </message>
    <message>
        <source>Choose a model. Repères fills it from your carnet.</source>
        <translation>Choose a model. Repères fills it from your carnet.</translation>
    </message>
    <message>
        <source>Check what goes in the letter. Nothing is sent by Repères.</source>
        <translation>Check what goes in the letter. Nothing is sent by Repères.</translation>
    </message>
    <message>
        <source>Read your letter, change it if needed, then print it.</source>
        <translation>Read your letter, change it if needed, then print it.</translation>
    </message>
    <message>
        <source>Write when and how you sent it, to keep a trace.</source>
        <translation>Write when and how you sent it, to keep a trace.</translation>
    </message>
    <message>
        <source>Letter sent on %1 (%2): %3</source>
        <translation>Letter sent on %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The settings file of this computer may have been written by someone else. Repères did not read it and uses its first settings. Choose yours again in Settings.</source>
        <translation>The settings file of this computer may have been written by someone else. Repères did not read it and uses its first settings. Choose yours again in Settings.</translation>
    </message>
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
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Prints a sheet of this screen, or saves it as a PDF file.</source>
        <translation>Prints a sheet of this screen, or saves it as a PDF file.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Back to the first screen.</translation>
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
        <source>The text is already as small as it gets.</source>
        <translation>The text is already as small as it gets.</translation>
    </message>
    <message>
        <source>The text is already as large as it gets.</source>
        <translation>The text is already as large as it gets.</translation>
    </message>
    <message>
        <source>Text: %1 %</source>
        <translation>Text: %1 %</translation>
    </message>
    <message>
        <source>The settings say this is your own computer, but you did not choose it with your carnet. So your carnet closes after a few minutes without use, as on a shared computer. If this is your own computer, choose it again in Settings.</source>
        <translation>The settings say this is your own computer, but you did not choose it with your carnet. So your carnet closes after a few minutes without use, as on a shared computer. If this is your own computer, choose it again in Settings.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Paste the text of an SMS, an e-mail or a letter. Or choose a photo or a PDF of a letter: Repères reads it for you.</source>
        <translation>Paste the text of an SMS, an e-mail or a letter. Or choose a photo or a PDF of a letter: Repères reads it for you.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>The message</translation>
    </message>
    <message>
        <source>Paste it with Ctrl+V, or type it.</source>
        <translation>Paste it with Ctrl+V, or type it.</translation>
    </message>
    <message>
        <source>Choose a photo or a PDF of a letter</source>
        <translation>Choose a photo or a PDF of a letter</translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation>Read the text aloud</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Day you received it</source>
        <translation>Day you received it</translation>
    </message>
    <message>
        <source>Words like “tomorrow” and the deadlines count from this day.</source>
        <translation>Words like “tomorrow” and the deadlines count from this day.</translation>
    </message>
    <message>
        <source>Understand</source>
        <translation>Understand</translation>
    </message>
    <message>
        <source>See it in my agenda</source>
        <translation>See it in my agenda</translation>
    </message>
    <message>
        <source>What Repères understood</source>
        <translation>What Repères understood</translation>
    </message>
    <message>
        <source>There is an appointment in it</source>
        <translation>There is an appointment in it</translation>
    </message>
    <message>
        <source>Which is the date of the appointment?</source>
        <translation>Which is the date of the appointment?</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>14:30</source>
        <translation>14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>For example: 9:00 or 14:30.</source>
        <translation>For example: 9:00 or 14:30.</translation>
    </message>
    <message>
        <source>I go there</source>
        <translation>I go there</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By video, on a screen</source>
        <translation>By video, on a screen</translation>
    </message>
    <message>
        <source>How does it take place?</source>
        <translation>How does it take place?</translation>
    </message>
    <message>
        <source>Address, phone number or link</source>
        <translation>Address, phone number or link</translation>
    </message>
    <message>
        <source>Thing to bring, line %1</source>
        <translation>Thing to bring, line %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Remove line %1</translation>
    </message>
    <message>
        <source>Add a thing to bring</source>
        <translation>Add a thing to bring</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>The message says I must come</source>
        <translation>The message says I must come</translation>
    </message>
    <message>
        <source>Read what Repères understood</source>
        <translation>Read what Repères understood</translation>
    </message>
    <message>
        <source>For example: 25/03/2026, 4/12, tomorrow or next Monday.</source>
        <translation>For example: 25/03/2026, 4/12, tomorrow or next Monday.</translation>
    </message>
    <message>
        <source>Is everything right? Nothing is saved until you say yes.</source>
        <translation>Is everything right? Nothing is saved until you say yes.</translation>
    </message>
    <message>
        <source>Yes, save this appointment</source>
        <translation>Yes, save this appointment</translation>
    </message>
    <message>
        <source>No, do not save</source>
        <translation>No, do not save</translation>
    </message>
    <message>
        <source>Keep only the letter and its text</source>
        <translation>Keep only the letter and its text</translation>
    </message>
    <message>
        <source>Count the deadlines of this letter</source>
        <translation>Count the deadlines of this letter</translation>
    </message>
    <message>
        <source>A message or a letter</source>
        <translation>A message or a letter</translation>
    </message>
    <message>
        <source>Repères proposes the appointment. You check it before it is saved.</source>
        <translation>Repères proposes the appointment. You check it before it is saved.</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>What: %1.</translation>
    </message>
    <message>
        <source>Date: %1.</source>
        <translation>Date: %1.</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Time: %1.</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation>Where: %1.</translation>
    </message>
    <message>
        <source>To bring: %1.</source>
        <translation>To bring: %1.</translation>
    </message>
    <message>
        <source>Paste a message first, or choose a photo of a letter.</source>
        <translation>Paste a message first, or choose a photo of a letter.</translation>
    </message>
    <message>
        <source>This text is too long: %1 signs. Paste only the message, %2 signs at most.</source>
        <translation>This text is too long: %1 signs. Paste only the message, %2 signs at most.</translation>
    </message>
    <message>
        <source>Former appointment, cancelled or replaced: %1.</source>
        <translation>Former appointment, cancelled or replaced: %1.</translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <translation>Appointment with %1</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Choose the date of the appointment in the list above.</source>
        <translation>Choose the date of the appointment in the list above.</translation>
    </message>
    <message>
        <source>Letter received: %1. Its text is kept with the document.</source>
        <translation>Letter received: %1. Its text is kept with the document.</translation>
    </message>
    <message>
        <source>Saved in your agenda. The message is kept in your journal.</source>
        <translation>Saved in your agenda. The message is kept in your journal.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>The letter and its text are kept in your documents.</source>
        <translation>The letter and its text are kept in your documents.</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>This document is no longer in your carnet.</source>
        <translation>This document is no longer in your carnet.</translation>
    </message>
    <message>
        <source>Here is the text read on this letter before.</source>
        <translation>Here is the text read on this letter before.</translation>
    </message>
    <message>
        <source>The text is kept with the letter in your carnet.</source>
        <translation>The text is kept with the letter in your carnet.</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <source>It is an appointment.</source>
        <translation>It is an appointment.</translation>
    </message>
    <message>
        <source>They ask you to send papers.</source>
        <translation>They ask you to send papers.</translation>
    </message>
    <message>
        <source>They plan to take a sanction against you. Nothing is decided yet.</source>
        <translation>They plan to take a sanction against you. Nothing is decided yet.</translation>
    </message>
    <message>
        <source>It is a decision about your rights.</source>
        <translation>It is a decision about your rights.</translation>
    </message>
    <message>
        <source>It is a piece of news. Repères found no appointment in it.</source>
        <translation>It is a piece of news. Repères found no appointment in it.</translation>
    </message>
    <message>
        <source>You can answer them in writing. You have %1 days from the date printed on the letter, %2. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</source>
        <translation>You can answer them in writing. You have %1 days from the date printed on the letter, %2. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</translation>
    </message>
    <message>
        <source>You can answer them in writing. You have %1 days from the date printed on the letter. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</source>
        <translation>You can answer them in writing. You have %1 days from the date printed on the letter. It is the day it was sent, not the day it arrived. Explain what happened and join your proofs.</translation>
    </message>
    <message>
        <source>Check each line below, then save the appointment. If you cannot go, call them before the day and say why.</source>
        <translation>Check each line below, then save the appointment. If you cannot go, call them before the day and say why.</translation>
    </message>
    <message>
        <source>Send the papers they ask for before the date given. Keep a copy, and write down the day you sent them.</source>
        <translation>Send the papers they ask for before the date given. Keep a copy, and write down the day you sent them.</translation>
    </message>
    <message>
        <source>If you do not agree, you can contest this decision. There are deadlines: Repères can count them for you.</source>
        <translation>If you do not agree, you can contest this decision. There are deadlines: Repères can count them for you.</translation>
    </message>
    <message>
        <source>Keep it if it may be useful. If something is unclear, ask someone you trust.</source>
        <translation>Keep it if it may be useful. If something is unclear, ask someone you trust.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day you received it: %1.</source>
        <translation>Days like “tomorrow” are counted from the day you received it: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day the e-mail was sent: %1.</source>
        <translation>Days like “tomorrow” are counted from the day the e-mail was sent: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the day the message was sent: %1.</source>
        <translation>Days like “tomorrow” are counted from the day the message was sent: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the date written on the letter: %1.</source>
        <translation>Days like “tomorrow” are counted from the date written on the letter: %1.</translation>
    </message>
    <message>
        <source>Days like “tomorrow” are counted from the date of the message answered: %1.</source>
        <translation>Days like “tomorrow” are counted from the date of the message answered: %1.</translation>
    </message>
    <message>
        <source>Is the appointment on %1?</source>
        <translation>Is the appointment on %1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Repères found no date of appointment. Write the date yourself if there is one.</source>
        <translation>Repères found no date of appointment. Write the date yourself if there is one.</translation>
    </message>
    <message>
        <source>Repères found no time. Write the time yourself.</source>
        <translation>Repères found no time. Write the time yourself.</translation>
    </message>
    <message>
        <source>Repères found a time but no date. Write the date yourself.</source>
        <translation>Repères found a time but no date. Write the date yourself.</translation>
    </message>
    <message>
        <source>The message gives no exact date, for example “next week”. Ask them for the date, or write it yourself.</source>
        <translation>The message gives no exact date, for example “next week”. Ask them for the date, or write it yourself.</translation>
    </message>
    <message>
        <source>The message gives more than one date. Choose the date of the appointment.</source>
        <translation>The message gives more than one date. Choose the date of the appointment.</translation>
    </message>
    <message>
        <source>This date is already past. Check the date and the year.</source>
        <translation>This date is already past. Check the date and the year.</translation>
    </message>
    <message>
        <source>The day of the week and the date do not match. Check which one is right.</source>
        <translation>The day of the week and the date do not match. Check which one is right.</translation>
    </message>
    <message>
        <source>The message gives no year. Choose the right one.</source>
        <translation>The message gives no year. Choose the right one.</translation>
    </message>
    <message>
        <source>Repères is not sure of this day.</source>
        <translation>Repères is not sure of this day.</translation>
    </message>
    <message>
        <source>The message gives a date that does not exist, like 31 February. Check it with them.</source>
        <translation>The message gives a date that does not exist, like 31 February. Check it with them.</translation>
    </message>
    <message>
        <source>This time does not exist that day: the clocks change that night. Check it.</source>
        <translation>This time does not exist that day: the clocks change that night. Check it.</translation>
    </message>
    <message>
        <source>Repères found no address. Write it yourself if you know it.</source>
        <translation>Repères found no address. Write it yourself if you know it.</translation>
    </message>
    <message>
        <source>This message does not seem to be in French. Repères understands French only: check every line.</source>
        <translation>This message does not seem to be in French. Repères understands French only: check every line.</translation>
    </message>
    <message>
        <source>The message says you must come.</source>
        <translation>The message says you must come.</translation>
    </message>
    <message>
        <source>The message speaks of a sanction: “%1”</source>
        <translation>The message speaks of a sanction: “%1”</translation>
    </message>
    <message>
        <source>Reading letters is not available on this computer: the reading program (Tesseract) is missing. You can type the text instead.</source>
        <translation>Reading letters is not available on this computer: the reading program (Tesseract) is missing. You can type the text instead.</translation>
    </message>
    <message>
        <source>Reading letters is not available on this computer: the French language of the reading program is missing. You can type the text instead.</source>
        <translation>Reading letters is not available on this computer: the French language of the reading program is missing. You can type the text instead.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password. Repères cannot read it. Print it, or save it again without a password.</source>
        <translation>This PDF is locked with a password. Repères cannot read it. Print it, or save it again without a password.</translation>
    </message>
    <message>
        <source>This PDF file is damaged. Please export it again.</source>
        <translation>This PDF file is damaged. Please export it again.</translation>
    </message>
    <message>
        <source>Repères reads photos (JPEG, PNG or TIFF) and PDF files only.</source>
        <translation>Repères reads photos (JPEG, PNG or TIFF) and PDF files only.</translation>
    </message>
    <message>
        <source>This image is too large to be read. Take the photo again in normal size.</source>
        <translation>This image is too large to be read. Take the photo again in normal size.</translation>
    </message>
    <message>
        <source>This file asks too much memory or time of the computer. It was not read. You can type the text.</source>
        <translation>This file asks too much memory or time of the computer. It was not read. You can type the text.</translation>
    </message>
    <message>
        <source>Reading stopped. Nothing was kept.</source>
        <translation>Reading stopped. Nothing was kept.</translation>
    </message>
    <message>
        <source>The letter could not be read. Nothing was kept. You can type the text.</source>
        <translation>The letter could not be read. Nothing was kept. You can type the text.</translation>
    </message>
    <message>
        <source>Here is the text of the letter. Check it against the paper.</source>
        <translation>Here is the text of the letter. Check it against the paper.</translation>
    </message>
    <message>
        <source>Some words may be wrong. Check the text against the paper and correct it.</source>
        <translation>Some words may be wrong. Check the text against the paper and correct it.</translation>
    </message>
    <message>
        <source>The photo is too hard to read. Nothing was kept. Take the photo again: flat, sharp and in good light. Or type the text.</source>
        <translation>The photo is too hard to read. Nothing was kept. Take the photo again: flat, sharp and in good light. Or type the text.</translation>
    </message>
    <message>
        <source>Repères found no text on this picture. Nothing was kept. Is it the right file?</source>
        <translation>Repères found no text on this picture. Nothing was kept. Is it the right file?</translation>
    </message>
    <message>
        <source>This PDF has %1 pages. Repères read the first %2 pages only.</source>
        <translation>This PDF has %1 pages. Repères read the first %2 pages only.</translation>
    </message>
    <message>
        <source>Reading the letter… It can take a minute.</source>
        <translation>Reading the letter… It can take a minute.</translation>
    </message>
    <message>
        <source>Reading page %1 of %2… It can take a few minutes.</source>
        <translation>Reading page %1 of %2… It can take a few minutes.</translation>
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
        <source>Removing needs your password: open “Someone is helping me”.</source>
        <translation>Removing needs your password: open “Someone is helping me”.</translation>
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
        <source>During this help session, nothing can be changed. Nothing was saved.</source>
        <translation>During this help session, nothing can be changed. Nothing was saved.</translation>
    </message>
    <message>
        <source>During this help session, only new things can be added. Nothing was changed.</source>
        <translation>During this help session, only new things can be added. Nothing was changed.</translation>
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
    <name>ObligationsScreen</name>
    <message>
        <source>My situation</source>
        <translation>My situation</translation>
    </message>
    <message>
        <source>Answer what you know. Repères guesses nothing. You can change it later.</source>
        <translation>Answer what you know. Repères guesses nothing. You can change it later.</translation>
    </message>
    <message>
        <source>Are you registered with France Travail?</source>
        <translation>Are you registered with France Travail?</translation>
    </message>
    <message>
        <source>Do you receive the RSA, the revenu de solidarité active?</source>
        <translation>Do you receive the RSA, the revenu de solidarité active?</translation>
    </message>
    <message>
        <source>Do you receive the prime d’activité?</source>
        <translation>Do you receive the prime d’activité?</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>MSA (farming)</source>
        <translation>MSA (farming)</translation>
    </message>
    <message>
        <source>Who pays it?</source>
        <translation>Who pays it?</translation>
    </message>
    <message>
        <source>I do not know</source>
        <translation>I do not know</translation>
    </message>
    <message>
        <source>In which month does CAF or MSA ask for your quarterly declaration?</source>
        <translation>In which month does CAF or MSA ask for your quarterly declaration?</translation>
    </message>
    <message>
        <source>Give one of these months. Repères counts the next ones from it.</source>
        <translation>Give one of these months. Repères counts the next ones from it.</translation>
    </message>
    <message>
        <source>Did you sign a contract that asks for hours of activity each week?</source>
        <translation>Did you sign a contract that asks for hours of activity each week?</translation>
    </message>
    <message>
        <source>For example a contrat d’engagement with France Travail or your référent.</source>
        <translation>For example a contrat d’engagement with France Travail or your référent.</translation>
    </message>
    <message>
        <source>Are you in the CEJ, the contrat d’engagement jeune, at the Mission locale?</source>
        <translation>Are you in the CEJ, the contrat d’engagement jeune, at the Mission locale?</translation>
    </message>
    <message>
        <source>Last day of your RQTH</source>
        <translation>Last day of your RQTH</translation>
    </message>
    <message>
        <source>The RQTH is the reconnaissance de la qualité de travailleur handicapé. If you have it, write its last day.</source>
        <translation>The RQTH is the reconnaissance de la qualité de travailleur handicapé. If you have it, write its last day.</translation>
    </message>
    <message>
        <source>Leave it empty if you do not have it.</source>
        <translation>Leave it empty if you do not have it.</translation>
    </message>
    <message>
        <source>Day you received your orientation letter</source>
        <translation>Day you received your orientation letter</translation>
    </message>
    <message>
        <source>The day you received your orientation letter, if you have one</source>
        <translation>The day you received your orientation letter, if you have one</translation>
    </message>
    <message>
        <source>This letter says who follows you. A contract is signed in the next month.</source>
        <translation>This letter says who follows you. A contract is signed in the next month.</translation>
    </message>
    <message>
        <source>Save my situation</source>
        <translation>Save my situation</translation>
    </message>
    <message>
        <source>Something changed in your life?</source>
        <translation>Something changed in your life?</translation>
    </message>
    <message>
        <source>A move, a new job, a birth, a separation: write the day. Repères adds what to tell, and to whom.</source>
        <translation>A move, a new job, a birth, a separation: write the day. Repères adds what to tell, and to whom.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Day of the change</translation>
    </message>
    <message>
        <source>Add what to tell</source>
        <translation>Add what to tell</translation>
    </message>
    <message>
        <source>A step of your own</source>
        <translation>A step of your own</translation>
    </message>
    <message>
        <source>A form to send back, a paper to bring: write it, with its dates.</source>
        <translation>A form to send back, a paper to bring: write it, with its dates.</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Every three months</translation>
    </message>
    <message>
        <source>First day you can do it</source>
        <translation>First day you can do it</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Add this step</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>For example: send back the housing form.</source>
        <translation>For example: send back the housing form.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Repeated steps are written for one year.</source>
        <translation>Repeated steps are written for one year.</translation>
    </message>
    <message>
        <source>What you have to do</source>
        <translation>What you have to do</translation>
    </message>
    <message>
        <source>Dates come from your situation, written at the bottom of this screen.</source>
        <translation>Dates come from your situation, written at the bottom of this screen.</translation>
    </message>
    <message>
        <source>Please answer each question: Yes or No.</source>
        <translation>Please answer each question: Yes or No.</translation>
    </message>
    <message>
        <source>Saved. The list at the top of this screen follows your answers.</source>
        <translation>Saved. The list at the top of this screen follows your answers.</translation>
    </message>
    <message>
        <source>Write what to do.</source>
        <translation>Write what to do.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>The last day comes before the first day.</translation>
    </message>
    <message>
        <source>From the first to the last day is longer than the time between two steps.</source>
        <translation>From the first to the last day is longer than the time between two steps.</translation>
    </message>
    <message>
        <source>Added. It is at the top of this screen, with its dates.</source>
        <translation>Added. It is at the top of this screen, with its dates.</translation>
    </message>
    <message>
        <source>Your situation has nobody to tell about it. Nothing was added.</source>
        <translation>Your situation has nobody to tell about it. Nothing was added.</translation>
    </message>
    <message>
        <source>Added at the top of this screen: what to tell, and before which day.</source>
        <translation>Added at the top of this screen: what to tell, and before which day.</translation>
    </message>
    <message>
        <source>First answer the questions below. Then Repères shows what to do, with dates.</source>
        <translation>First answer the questions below. Then Repères shows what to do, with dates.</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Last day passed</translation>
    </message>
    <message>
        <source>To do now</source>
        <translation>To do now</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>Done or missed this month</source>
        <translation>Done or missed this month</translation>
    </message>
    <message>
        <source>The step you chose</source>
        <translation>The step you chose</translation>
    </message>
    <message>
        <source>Nothing to do for now, from what you said.</source>
        <translation>Nothing to do for now, from what you said.</translation>
    </message>
    <message>
        <source>Give the month of your quarterly declaration below to see its dates.</source>
        <translation>Give the month of your quarterly declaration below to see its dates.</translation>
    </message>
    <message>
        <source>Some monthly dates of France Travail are not known yet in Repères.</source>
        <translation>Some monthly dates of France Travail are not known yet in Repères.</translation>
    </message>
    <message>
        <source>A step you wrote down</source>
        <translation>A step you wrote down</translation>
    </message>
    <message>
        <source>The last day was %1: %2.</source>
        <translation>The last day was %1: %2.</translation>
    </message>
    <message>
        <source>It is not marked as done. If you did it, press “Done”.</source>
        <translation>It is not marked as done. If you did it, press “Done”.</translation>
    </message>
    <message>
        <source>By %1: %2.</source>
        <translation>By %1: %2.</translation>
    </message>
    <message>
        <source>To be safe, do it by %1.</source>
        <translation>To be safe, do it by %1.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3.</source>
        <translation>From %1 to %2: %3.</translation>
    </message>
    <message>
        <source>Done on %1: %2.</source>
        <translation>Done on %1: %2.</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>How: %1.</translation>
    </message>
    <message>
        <source>Marked as missed: %1.</source>
        <translation>Marked as missed: %1.</translation>
    </message>
    <message>
        <source>You wrote this step yourself.</source>
        <translation>You wrote this step yourself.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source: %1.</translation>
    </message>
    <message>
        <source>To check: this rule was last read again on %1. It may have changed.</source>
        <translation>To check: this rule was last read again on %1. It may have changed.</translation>
    </message>
    <message>
        <source>To check: Repères could not confirm this rule in the official text.</source>
        <translation>To check: Repères could not confirm this rule in the official text.</translation>
    </message>
    <message>
        <source>Marked as done. Well done.</source>
        <translation>Marked as done. Well done.</translation>
    </message>
    <message>
        <source>Marked as done, with its proof. Well done.</source>
        <translation>Marked as done, with its proof. Well done.</translation>
    </message>
    <message>
        <source>Marked as missed. You can tell your conseiller why.</source>
        <translation>Marked as missed. You can tell your conseiller why.</translation>
    </message>
    <message>
        <source>This step is back in the list of things to do.</source>
        <translation>This step is back in the list of things to do.</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Read this step</source>
        <translation>Read this step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Say that you did it, and how.</source>
        <translation>Say that you did it, and how.</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Say that you could not do it.</source>
        <translation>Say that you could not do it.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Puts this step back as to do.</source>
        <translation>Puts this step back as to do.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Shows the papers kept with this step, and adds one.</source>
        <translation>Shows the papers kept with this step, and adds one.</translation>
    </message>
    <message>
        <source>What to do if it is refused</source>
        <translation>What to do if it is refused</translation>
    </message>
    <message>
        <source>Opens the guide: how to contest, and in what time.</source>
        <translation>Opens the guide: how to contest, and in what time.</translation>
    </message>
    <message>
        <source>How did you do it?</source>
        <translation>How did you do it?</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>At the agency</source>
        <translation>At the agency</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Read this step: %1</source>
        <translation>Read this step: %1</translation>
    </message>
    <message>
        <source>Attach the proof (if you have one)</source>
        <translation>Attach the proof (if you have one)</translation>
    </message>
    <message>
        <source>For example the receipt of your declaration. Then choose how you did it.</source>
        <translation>For example the receipt of your declaration. Then choose how you did it.</translation>
    </message>
    <message>
        <source>Documents of this step</source>
        <translation>Documents of this step</translation>
    </message>
</context>
<context>
    <name>PaperChoices</name>
    <message>
        <source>My week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>The card of my next appointment</source>
        <translation>The card of my next appointment</translation>
    </message>
    <message>
        <source>The card of this appointment</source>
        <translation>The card of this appointment</translation>
    </message>
    <message>
        <source>My hours for the month shown</source>
        <translation>My hours for the month shown</translation>
    </message>
    <message>
        <source>My hours for the last three months</source>
        <translation>My hours for the last three months</translation>
    </message>
    <message>
        <source>My exchanges of the last three months</source>
        <translation>My exchanges of the last three months</translation>
    </message>
    <message>
        <source>My exchanges of the last twelve months</source>
        <translation>My exchanges of the last twelve months</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Which sheet do you want?</source>
        <translation>Which sheet do you want?</translation>
    </message>
    <message>
        <source>See it before printing</source>
        <translation>See it before printing</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <source>You choose where the file goes, for example your USB stick.</source>
        <translation>You choose where the file goes, for example your USB stick.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Preparing the sheet…</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 pages.</source>
        <translation>The sheet “%1” has %2 pages.</translation>
    </message>
    <message>
        <source>The sheet “%1” fits on one page.</source>
        <translation>The sheet “%1” fits on one page.</translation>
    </message>
    <message>
        <source>The printer did not take the sheet. Check that it is on and has paper, then try again.</source>
        <translation>The printer did not take the sheet. Check that it is on and has paper, then try again.</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer “%1”.</source>
        <translation>The sheet was sent to the printer “%1”.</translation>
    </message>
    <message>
        <source>No printer is connected to this computer. This sheet is only printed on paper: try on a computer with a printer.</source>
        <translation>No printer is connected to this computer. This sheet is only printed on paper: try on a computer with a printer.</translation>
    </message>
    <message>
        <source>No printer is connected to this computer. Choose where to save the sheet as a PDF file, for example your USB stick, to print it elsewhere.</source>
        <translation>No printer is connected to this computer. Choose where to save the sheet as a PDF file, for example your USB stick, to print it elsewhere.</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>Where to save the PDF file</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>ProtectionScreen</name>
    <message>
        <source>Your carnet is locked by your password. But Repères cannot do everything.</source>
        <translation>Your carnet is locked by your password. But Repères cannot do everything.</translation>
    </message>
    <message>
        <source>The person who manages this computer</source>
        <translation>The person who manages this computer</translation>
    </message>
    <message>
        <source>This person can install any program on the computer.</source>
        <translation>This person can install any program on the computer.</translation>
    </message>
    <message>
        <source>Such a program can see what you type and what is on the screen.</source>
        <translation>Such a program can see what you type and what is on the screen.</translation>
    </message>
    <message>
        <source>A spy program</source>
        <translation>A spy program</translation>
    </message>
    <message>
        <source>A spy program can record every key you press, and so your password.</source>
        <translation>A spy program can record every key you press, and so your password.</translation>
    </message>
    <message>
        <source>Repères cannot see if such a program is there.</source>
        <translation>Repères cannot see if such a program is there.</translation>
    </message>
    <message>
        <source>Someone who knows your password</source>
        <translation>Someone who knows your password</translation>
    </message>
    <message>
        <source>Anyone who knows your password can open your carnet.</source>
        <translation>Anyone who knows your password can open your carnet.</translation>
    </message>
    <message>
        <source>So can anyone who has your paper with the recovery code.</source>
        <translation>So can anyone who has your paper with the recovery code.</translation>
    </message>
    <message>
        <source>Keep this paper in a safe place, away from the computer.</source>
        <translation>Keep this paper in a safe place, away from the computer.</translation>
    </message>
    <message>
        <source>Photos of the screen</source>
        <translation>Photos of the screen</translation>
    </message>
    <message>
        <source>Someone can take a photo of the screen, or look over your shoulder.</source>
        <translation>Someone can take a photo of the screen, or look over your shoulder.</translation>
    </message>
    <message>
        <source>If someone comes, press “Quick exit” or the F12 key.</source>
        <translation>If someone comes, press “Quick exit” or the F12 key.</translation>
    </message>
    <message>
        <source>What Repères does</source>
        <translation>What Repères does</translation>
    </message>
    <message>
        <source>Your carnet closes by itself after a few minutes without use.</source>
        <translation>Your carnet closes by itself after a few minutes without use.</translation>
    </message>
    <message>
        <source>It also closes when the computer is locked or goes to sleep.</source>
        <translation>It also closes when the computer is locked or goes to sleep.</translation>
    </message>
    <message>
        <source>Each time you open it, Repères says when it was last opened.</source>
        <translation>Each time you open it, Repères says when it was last opened.</translation>
    </message>
    <message>
        <source>It also says how many wrong passwords were typed since.</source>
        <translation>It also says how many wrong passwords were typed since.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>What Repères does not protect</translation>
    </message>
    <message>
        <source>Read this to know the limits of Repères. Press “Read” to hear it.</source>
        <translation>Read this to know the limits of Repères. Press “Read” to hear it.</translation>
    </message>
</context>
<context>
    <name>ReceivedLetter</name>
    <message>
        <source>Last day: %1. Aim for %2, to be safe.</source>
        <translation>Last day: %1. Aim for %2, to be safe.</translation>
    </message>
    <message>
        <source>I received a letter</source>
        <translation>I received a letter</translation>
    </message>
    <message>
        <source>One question at a time. Repères then shows what to do, and by when.</source>
        <translation>One question at a time. Repères then shows what to do, and by when.</translation>
    </message>
    <message>
        <source>The family allowance office.</source>
        <translation>The family allowance office.</translation>
    </message>
    <message>
        <source>The farmers&apos; social security.</source>
        <translation>The farmers&apos; social security.</translation>
    </message>
    <message>
        <source>The département</source>
        <translation>The département</translation>
    </message>
    <message>
        <source>For the RSA.</source>
        <translation>For the RSA.</translation>
    </message>
    <message>
        <source>The disability office.</source>
        <translation>The disability office.</translation>
    </message>
    <message>
        <source>An employer</source>
        <translation>An employer</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Another one</translation>
    </message>
    <message>
        <source>Or you do not know.</source>
        <translation>Or you do not know.</translation>
    </message>
    <message>
        <source>An appointment</source>
        <translation>An appointment</translation>
    </message>
    <message>
        <source>Words to look for: “convocation”, “rendez-vous obligatoire”, “présentez-vous”.</source>
        <translation>Words to look for: “convocation”, “rendez-vous obligatoire”, “présentez-vous”.</translation>
    </message>
    <message>
        <source>A request for papers</source>
        <translation>A request for papers</translation>
    </message>
    <message>
        <source>Words to look for: “pièces justificatives”, “merci de nous transmettre”.</source>
        <translation>Words to look for: “pièces justificatives”, “merci de nous transmettre”.</translation>
    </message>
    <message>
        <source>A planned sanction</source>
        <translation>A planned sanction</translation>
    </message>
    <message>
        <source>Not yet decided. Words to look for: “nous envisageons”, “manquement”, “délai de 10 jours pour présenter vos observations”.</source>
        <translation>Not yet decided. Words to look for: “nous envisageons”, “manquement”, “délai de 10 jours pour présenter vos observations”.</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>A decision</translation>
    </message>
    <message>
        <source>Words to look for: “nous avons décidé”, “radiation”, “suspension”, “indu”, “voies et délais de recours”. A radiation takes you off the list of job seekers.</source>
        <translation>Words to look for: “nous avons décidé”, “radiation”, “suspension”, “indu”, “voies et délais de recours”. A radiation takes you off the list of job seekers.</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Who sent the letter?</source>
        <translation>Who sent the letter?</translation>
    </message>
    <message>
        <source>Look at the logo or the name at the top of the letter.</source>
        <translation>Look at the logo or the name at the top of the letter.</translation>
    </message>
    <message>
        <source>What kind of letter is it?</source>
        <translation>What kind of letter is it?</translation>
    </message>
    <message>
        <source>On which day did you receive it?</source>
        <translation>On which day did you receive it?</translation>
    </message>
    <message>
        <source>The day it arrived, not the date printed on it. Deadlines count from that day.</source>
        <translation>The day it arrived, not the date printed on it. Deadlines count from that day.</translation>
    </message>
    <message>
        <source>Day you received the letter</source>
        <translation>Day you received the letter</translation>
    </message>
    <message>
        <source>It arrived today</source>
        <translation>It arrived today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>What date is printed on the letter?</source>
        <translation>What date is printed on the letter?</translation>
    </message>
    <message>
        <source>Often at the top, near the town: “Paris, le 3 mars 2026”. Leave empty if none.</source>
        <translation>Often at the top, near the town: “Paris, le 3 mars 2026”. Leave empty if none.</translation>
    </message>
    <message>
        <source>Date printed on the letter</source>
        <translation>Date printed on the letter</translation>
    </message>
    <message>
        <source>Repères read this date in the letter. Check it against the letter.</source>
        <translation>Repères read this date in the letter. Check it against the letter.</translation>
    </message>
    <message>
        <source>Does the letter say how and when you can contest it?</source>
        <translation>Does the letter say how and when you can contest it?</translation>
    </message>
    <message>
        <source>Which day does the letter give?</source>
        <translation>Which day does the letter give?</translation>
    </message>
    <message>
        <source>The day of the appointment, or the day to send the papers by. Leave empty if none.</source>
        <translation>The day of the appointment, or the day to send the papers by. Leave empty if none.</translation>
    </message>
    <message>
        <source>Day given by the letter</source>
        <translation>Day given by the letter</translation>
    </message>
    <message>
        <source>Is the letter in your carnet?</source>
        <translation>Is the letter in your carnet?</translation>
    </message>
    <message>
        <source>Choose its photo or PDF to attach it to the steps. You can also go on without it.</source>
        <translation>Choose its photo or PDF to attach it to the steps. You can also go on without it.</translation>
    </message>
    <message>
        <source>Letters and papers in your carnet</source>
        <translation>Letters and papers in your carnet</translation>
    </message>
    <message>
        <source>There is no letter in your carnet yet. You can add it later in “My letters”.</source>
        <translation>There is no letter in your carnet yet. You can add it later in “My letters”.</translation>
    </message>
    <message>
        <source>Attach this letter</source>
        <translation>Attach this letter</translation>
    </message>
    <message>
        <source>Go on without it</source>
        <translation>Go on without it</translation>
    </message>
    <message>
        <source>What to do, and by when</source>
        <translation>What to do, and by when</translation>
    </message>
    <message>
        <source>Saved in your carnet</source>
        <translation>Saved in your carnet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Save these steps</source>
        <translation>Save these steps</translation>
    </message>
    <message>
        <source>Puts each date on Today, keeps the letter in your journal.</source>
        <translation>Puts each date on Today, keeps the letter in your journal.</translation>
    </message>
    <message>
        <source>Prepare the answer</source>
        <translation>Prepare the answer</translation>
    </message>
    <message>
        <source>Read the guide</source>
        <translation>Read the guide</translation>
    </message>
    <message>
        <source>Read the steps</source>
        <translation>Read the steps</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Back to Today</translation>
    </message>
    <message>
        <source>The day it arrived. For this letter, the 10 days count from the date printed on it: the next question.</source>
        <translation>The day it arrived. For this letter, the 10 days count from the date printed on it: the next question.</translation>
    </message>
    <message>
        <source>The 10 days count from this date: the day the letter was sent. Look at the top, near the town: “Paris, le 3 mars 2026”. Leave empty only if you cannot find it.</source>
        <translation>The 10 days count from this date: the day the letter was sent. Look at the top, near the town: “Paris, le 3 mars 2026”. Leave empty only if you cannot find it.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the date printed on the letter.</source>
        <translation>This date is in the future. Check the date printed on the letter.</translation>
    </message>
    <message>
        <source>The letter arrived before the date printed on it? Check both dates, then write the day it arrived.</source>
        <translation>The letter arrived before the date printed on it? Check both dates, then write the day it arrived.</translation>
    </message>
    <message>
        <source>Write the day the letter arrived, for example 03/03/2026.</source>
        <translation>Write the day the letter arrived, for example 03/03/2026.</translation>
    </message>
    <message>
        <source>%1 date(s) are now on Today, with a reminder. The letter is in your journal.</source>
        <translation>%1 date(s) are now on Today, with a reminder. The letter is in your journal.</translation>
    </message>
    <message>
        <source>Check the steps, then save them. Nothing is saved before.</source>
        <translation>Check the steps, then save them. Nothing is saved before.</translation>
    </message>
    <message>
        <source>You can prepare your answer now, or later.</source>
        <translation>You can prepare your answer now, or later.</translation>
    </message>
    <message>
        <source>What is the decision about?</source>
        <translation>What is the decision about?</translation>
    </message>
    <message>
        <source>This day has not come yet. Write the day the letter arrived.</source>
        <translation>This day has not come yet. Write the day the letter arrived.</translation>
    </message>
    <message>
        <source>Choose who sent the letter.</source>
        <translation>Choose who sent the letter.</translation>
    </message>
    <message>
        <source>Choose the kind of letter.</source>
        <translation>Choose the kind of letter.</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choose an answer.</translation>
    </message>
    <message>
        <source>Choose the letter in the list first.</source>
        <translation>Choose the letter in the list first.</translation>
    </message>
    <message>
        <source>No letter attached.</source>
        <translation>No letter attached.</translation>
    </message>
    <message>
        <source>Write today anyway. At the very latest, the law counts from the day you received the letter: %1.</source>
        <translation>Write today anyway. At the very latest, the law counts from the day you received the letter: %1.</translation>
    </message>
    <message>
        <source>At the very latest, the law counts from the day you received the letter: %1. Do not count on this date.</source>
        <translation>At the very latest, the law counts from the day you received the letter: %1. Do not count on this date.</translation>
    </message>
    <message>
        <source>The day given by the letter from %1</source>
        <translation>The day given by the letter from %1</translation>
    </message>
    <message>
        <source>The letter is in your journal. No date was added.</source>
        <translation>The letter is in your journal. No date was added.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>For example: “vous pouvez contester cette décision dans un délai de 2 mois”.</source>
        <translation>For example: “vous pouvez contester cette décision dans un délai de 2 mois”.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I do not know</source>
        <translation>I do not know</translation>
    </message>
    <message>
        <source>You did not give the date printed on the letter. Repères counts from the day you received it. The real last day may be earlier: answer as soon as you can.</source>
        <translation>You did not give the date printed on the letter. Repères counts from the day you received it. The real last day may be earlier: answer as soon as you can.</translation>
    </message>
    <message>
        <source>The day given by the letter</source>
        <translation>The day given by the letter</translation>
    </message>
    <message>
        <source>The dates have passed. Here is what you can still do.</source>
        <translation>The dates have passed. Here is what you can still do.</translation>
    </message>
    <message>
        <source>Act before %1.</source>
        <translation>Act before %1.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>This step is required before the next one.</source>
        <translation>This step is required before the next one.</translation>
    </message>
    <message>
        <source>aim for %1</source>
        <translation>aim for %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>Counted from the date of the letter, %1.</source>
        <translation>Counted from the date of the letter, %1.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>The letter does not say how long you have. This date is not sure: act fast.</source>
        <translation>The letter does not say how long you have. This date is not sure: act fast.</translation>
    </message>
    <message>
        <source>By Repères&apos; careful count, the last day was %1. It may have passed: act today, and ask for help.</source>
        <translation>By Repères&apos; careful count, the last day was %1. It may have passed: act today, and ask for help.</translation>
    </message>
    <message>
        <source>Send your answer by registered letter with acknowledgement of receipt, and keep a copy.</source>
        <translation>Send your answer by registered letter with acknowledgement of receipt, and keep a copy.</translation>
    </message>
    <message>
        <source>Its date will be known later.</source>
        <translation>Its date will be known later.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>The decision is about: %1.</source>
        <translation>The decision is about: %1.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordKit</name>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <source>Write the date like this: 31/01/2026.</source>
        <translation>Write the date like this: 31/01/2026.</translation>
    </message>
    <message>
        <source>Check the year of this date.</source>
        <translation>Check the year of this date.</translation>
    </message>
    <message>
        <source>A duration cannot be below zero. Check the hours.</source>
        <translation>A duration cannot be below zero. Check the hours.</translation>
    </message>
    <message>
        <source>Write how long it lasted: one minute at least.</source>
        <translation>Write how long it lasted: one minute at least.</translation>
    </message>
    <message>
        <source>A day holds 24 hours at most, all entries together.</source>
        <translation>A day holds 24 hours at most, all entries together.</translation>
    </message>
    <message>
        <source>A week holds 168 hours at most.</source>
        <translation>A week holds 168 hours at most.</translation>
    </message>
    <message>
        <source>Write a number, for example 2 or 30.</source>
        <translation>Write a number, for example 2 or 30.</translation>
    </message>
    <message>
        <source>This number is not possible here.</source>
        <translation>This number is not possible here.</translation>
    </message>
    <message>
        <source>This text is too long. Please make it shorter.</source>
        <translation>This text is too long. Please make it shorter.</translation>
    </message>
    <message>
        <source>This text holds a sign that cannot be kept.</source>
        <translation>This text holds a sign that cannot be kept.</translation>
    </message>
    <message>
        <source>This file is empty. Please choose another one.</source>
        <translation>This file is empty. Please choose another one.</translation>
    </message>
    <message>
        <source>Repères keeps photos (JPEG or PNG) and PDF files only.</source>
        <translation>Repères keeps photos (JPEG or PNG) and PDF files only.</translation>
    </message>
    <message>
        <source>This PDF file has no page. Please export it again.</source>
        <translation>This PDF file has no page. Please export it again.</translation>
    </message>
    <message>
        <source>This file cannot be read. Is the USB stick still plugged in?</source>
        <translation>This file cannot be read. Is the USB stick still plugged in?</translation>
    </message>
    <message>
        <source>This is not a file. Please choose a file.</source>
        <translation>This is not a file. Please choose a file.</translation>
    </message>
    <message>
        <source>You can say it was missed only after its last day.</source>
        <translation>You can say it was missed only after its last day.</translation>
    </message>
    <message>
        <source>This is no longer in your carnet.</source>
        <translation>This is no longer in your carnet.</translation>
    </message>
    <message>
        <source>There are too many documents here.</source>
        <translation>There are too many documents here.</translation>
    </message>
    <message>
        <source>This cannot be saved. Nothing was changed.</source>
        <translation>This cannot be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>for example 31/01/2026, or yesterday</source>
        <translation>for example 31/01/2026, or yesterday</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Please fill in this box.</source>
        <translation>Please fill in this box.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB. Please choose a smaller photo or fewer pages.</source>
        <translation>This file is larger than %1 MB. Please choose a smaller photo or fewer pages.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Please write what was said.</source>
        <translation>Please write what was said.</translation>
    </message>
    <message>
        <source>Please give it a title.</source>
        <translation>Please give it a title.</translation>
    </message>
    <message>
        <source>Please write the date.</source>
        <translation>Please write the date.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Yesterday, %1</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, from %2 to %3.</translation>
    </message>
    <message>
        <source>From %1 at %2 to %3 at %4.</source>
        <translation>From %1 at %2 to %3 at %4.</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1 at %2.</translation>
    </message>
    <message>
        <source>By phone: %1.</source>
        <translation>By phone: %1.</translation>
    </message>
    <message>
        <source>By phone.</source>
        <translation>By phone.</translation>
    </message>
    <message>
        <source>By video: %1.</source>
        <translation>By video: %1.</translation>
    </message>
    <message>
        <source>By video.</source>
        <translation>By video.</translation>
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
    <message>
        <source>Past. Say what happened.</source>
        <translation>Past. Say what happened.</translation>
    </message>
    <message>
        <source>Past: you were there.</source>
        <translation>Past: you were there.</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>Missed.</translation>
    </message>
    <message>
        <source>Missed, with a reason: %1.</source>
        <translation>Missed, with a reason: %1.</translation>
    </message>
    <message>
        <source>Missed, with a reason.</source>
        <translation>Missed, with a reason.</translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation>Cancelled by you.</translation>
    </message>
    <message>
        <source>Cancelled by them.</source>
        <translation>Cancelled by them.</translation>
    </message>
    <message>
        <source>Moved to %1 at %2.</source>
        <translation>Moved to %1 at %2.</translation>
    </message>
    <message>
        <source>Moved to another day.</source>
        <translation>Moved to another day.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>I went</source>
        <translation>I went</translation>
    </message>
    <message>
        <source>I did not go</source>
        <translation>I did not go</translation>
    </message>
    <message>
        <source>I cancelled it</source>
        <translation>I cancelled it</translation>
    </message>
    <message>
        <source>They cancelled it</source>
        <translation>They cancelled it</translation>
    </message>
    <message>
        <source>I did not go, for a reason</source>
        <translation>I did not go, for a reason</translation>
    </message>
    <message>
        <source>It moved to another day</source>
        <translation>It moved to another day</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <source>CAF (family benefits)</source>
        <translation>CAF (family benefits)</translation>
    </message>
    <message>
        <source>MSA (farm workers’ benefits)</source>
        <translation>MSA (farm workers’ benefits)</translation>
    </message>
    <message>
        <source>Département (county council)</source>
        <translation>Département (county council)</translation>
    </message>
    <message>
        <source>Mission locale (for young people)</source>
        <translation>Mission locale (for young people)</translation>
    </message>
    <message>
        <source>Cap emploi (work and disability)</source>
        <translation>Cap emploi (work and disability)</translation>
    </message>
    <message>
        <source>MDPH (disability centre)</source>
        <translation>MDPH (disability centre)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Adviser (conseiller or conseillère)</source>
        <translation>Adviser (conseiller or conseillère)</translation>
    </message>
    <message>
        <source>Référent or référente</source>
        <translation>Référent or référente</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <source>adviser</source>
        <translation>adviser</translation>
    </message>
    <message>
        <source>référent</source>
        <translation>référent</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>health care</source>
        <translation>health care</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>reception desk</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Phone: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>There is no %1 %2. Check the day and the month.</source>
        <translation>There is no %1 %2. Check the day and the month.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Write the date like this: 25/03/2026.</source>
        <translation>Write the date like this: 25/03/2026.</translation>
    </message>
    <message>
        <source>Check the year: it has 4 digits, like 2026.</source>
        <translation>Check the year: it has 4 digits, like 2026.</translation>
    </message>
    <message>
        <source>Write the time like this: 14:30.</source>
        <translation>Write the time like this: 14:30.</translation>
    </message>
    <message>
        <source>The clocks change that night: this time does not exist. Choose another time.</source>
        <translation>The clocks change that night: this time does not exist. Choose another time.</translation>
    </message>
    <message>
        <source>The end is before the start. Check the two times.</source>
        <translation>The end is before the start. Check the two times.</translation>
    </message>
    <message>
        <source>An appointment lasts %1 hours at most.</source>
        <translation>An appointment lasts %1 hours at most.</translation>
    </message>
    <message>
        <source>This text is too long: %1 letters at most.</source>
        <translation>This text is too long: %1 letters at most.</translation>
    </message>
    <message>
        <source>There are too many lines: %1 at most.</source>
        <translation>There are too many lines: %1 at most.</translation>
    </message>
    <message>
        <source>There is a sign here that cannot be kept. Remove it.</source>
        <translation>There is a sign here that cannot be kept. Remove it.</translation>
    </message>
    <message>
        <source>This appointment has not happened yet. Come back after it.</source>
        <translation>This appointment has not happened yet. Come back after it.</translation>
    </message>
    <message>
        <source>This is no longer in your carnet. Choose again.</source>
        <translation>This is no longer in your carnet. Choose again.</translation>
    </message>
    <message>
        <source>Write only digits and spaces, like 01 23 45 67 89.</source>
        <translation>Write only digits and spaces, like 01 23 45 67 89.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.fr.</source>
        <translation>An e-mail address looks like name@example.fr.</translation>
    </message>
    <message>
        <source>Choose one of the answers in the list.</source>
        <translation>Choose one of the answers in the list.</translation>
    </message>
    <message>
        <source>This day has not come yet. Write today’s date or an earlier one.</source>
        <translation>This day has not come yet. Write today’s date or an earlier one.</translation>
    </message>
    <message>
        <source>Check what is written here.</source>
        <translation>Check what is written here.</translation>
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
    <name>RuleNotes</name>
    <message>
        <source>Checked against the official text.</source>
        <translation>Checked against the official text.</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Where this comes from:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Partly checked: from copies of the law, not the official site.</source>
        <translation>Partly checked: from copies of the law, not the official site.</translation>
    </message>
    <message>
        <source>Not yet checked against the official text.</source>
        <translation>Not yet checked against the official text.</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>read on %1</translation>
    </message>
    <message>
        <source>To check: this information was last checked on %1. It may have changed.</source>
        <translation>To check: this information was last checked on %1. It may have changed.</translation>
    </message>
    <message>
        <source>An association wrote or changed this page. It comes from the folder %1. Repères has not checked it.</source>
        <translation>An association wrote or changed this page. It comes from the folder %1. Repères has not checked it.</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>Not verified:</translation>
    </message>
    <message>
        <source>Last checked on %1. Next check due on %2.</source>
        <translation>Last checked on %1. Next check due on %2.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>My agenda</source>
        <translation>My agenda</translation>
    </message>
    <message>
        <source>Your appointments, week by week.</source>
        <translation>Your appointments, week by week.</translation>
    </message>
    <message>
        <source>What I must do</source>
        <translation>What I must do</translation>
    </message>
    <message>
        <source>The steps to do, and their last day.</source>
        <translation>The steps to do, and their last day.</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>My hours of activity</translation>
    </message>
    <message>
        <source>The hours you do each week.</source>
        <translation>The hours you do each week.</translation>
    </message>
    <message>
        <source>My exchanges</source>
        <translation>My exchanges</translation>
    </message>
    <message>
        <source>What you said and what you were told.</source>
        <translation>What you said and what you were told.</translation>
    </message>
    <message>
        <source>My letters and papers</source>
        <translation>My letters and papers</translation>
    </message>
    <message>
        <source>Your letters, photos and PDF files.</source>
        <translation>Your letters, photos and PDF files.</translation>
    </message>
    <message>
        <source>Organisations and contacts</source>
        <translation>Organisations and contacts</translation>
    </message>
    <message>
        <source>Who to call, where to go.</source>
        <translation>Who to call, where to go.</translation>
    </message>
    <message>
        <source>Add a message or a letter</source>
        <translation>Add a message or a letter</translation>
    </message>
    <message>
        <source>Paste a message, or read a letter with the camera.</source>
        <translation>Paste a message, or read a letter with the camera.</translation>
    </message>
    <message>
        <source>I received a letter</source>
        <translation>I received a letter</translation>
    </message>
    <message>
        <source>What it asks, and until when you can answer.</source>
        <translation>What it asks, and until when you can answer.</translation>
    </message>
    <message>
        <source>Understand my rights</source>
        <translation>Understand my rights</translation>
    </message>
    <message>
        <source>Guides in simple words.</source>
        <translation>Guides in simple words.</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>Ready-made letters to fill in.</source>
        <translation>Ready-made letters to fill in.</translation>
    </message>
    <message>
        <source>Someone is helping me</source>
        <translation>Someone is helping me</translation>
    </message>
    <message>
        <source>Let a helper see or write, for a while.</source>
        <translation>Let a helper see or write, for a while.</translation>
    </message>
    <message>
        <source>Copy or restore my carnet</source>
        <translation>Copy or restore my carnet</translation>
    </message>
    <message>
        <source>A copy on a USB stick, in case.</source>
        <translation>A copy on a USB stick, in case.</translation>
    </message>
    <message>
        <source>Settings: colours, language</source>
        <translation>Settings: colours, language</translation>
    </message>
    <message>
        <source>Text size, colours, language, voice.</source>
        <translation>Text size, colours, language, voice.</translation>
    </message>
    <message>
        <source>About Repères and help</source>
        <translation>About Repères and help</translation>
    </message>
    <message>
        <source>What Repères does, and who can help.</source>
        <translation>What Repères does, and who can help.</translation>
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
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Repères runs from a USB stick. So it works as on a shared computer: it never remembers your key.</source>
        <translation>Repères runs from a USB stick. So it works as on a shared computer: it never remembers your key.</translation>
    </message>
    <message>
        <source>A shared computer</source>
        <translation>A shared computer</translation>
    </message>
    <message>
        <source>My own computer</source>
        <translation>My own computer</translation>
    </message>
    <message>
        <source>Choose this only if nobody else uses this computer with your session.</source>
        <translation>Choose this only if nobody else uses this computer with your session.</translation>
    </message>
    <message>
        <source>Yes, this is my own computer</source>
        <translation>Yes, this is my own computer</translation>
    </message>
    <message>
        <source>Remember my key</source>
        <translation>Remember my key</translation>
    </message>
    <message>
        <source>Forget my key</source>
        <translation>Forget my key</translation>
    </message>
    <message>
        <source>You will open your carnet without typing your password.</source>
        <translation>You will open your carnet without typing your password.</translation>
    </message>
    <message>
        <source>What Repères does not protect</source>
        <translation>What Repères does not protect</translation>
    </message>
    <message>
        <source>Nobody else uses your session on this computer. Repères can remember the key of your carnet. You will not need to type your password.</source>
        <translation>Nobody else uses your session on this computer. Repères can remember the key of your carnet. You will not need to type your password.</translation>
    </message>
    <message>
        <source>For example a library or an association computer. Repères never remembers your key and keeps no list of carnets. Your carnet closes after a few minutes without use.</source>
        <translation>For example a library or an association computer. Repères never remembers your key and keeps no list of carnets. Your carnet closes after a few minutes without use.</translation>
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
    <name>SharedPc</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>This is the first opening of this carnet.</source>
        <translation>This is the first opening of this carnet.</translation>
    </message>
    <message>
        <source>1 failed password attempt since.</source>
        <translation>1 failed password attempt since.</translation>
    </message>
    <message>
        <source>It was perhaps for another carnet.</source>
        <translation>It was perhaps for another carnet.</translation>
    </message>
    <message>
        <source>If it was not you, someone tried to open your carnet.</source>
        <translation>If it was not you, someone tried to open your carnet.</translation>
    </message>
    <message>
        <source>Last opening: %1 at %2.</source>
        <translation>Last opening: %1 at %2.</translation>
    </message>
    <message>
        <source>This computer now remembers the key of your carnet.</source>
        <translation>This computer now remembers the key of your carnet.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the key of your carnet.</source>
        <translation>This computer no longer remembers the key of your carnet.</translation>
    </message>
    <message>
        <source>This computer does not remember the key of your carnet. Type your password.</source>
        <translation>This computer does not remember the key of your carnet. Type your password.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked. Type your password to open your carnet.</source>
        <translation>The password safe of this computer is locked. Type your password to open your carnet.</translation>
    </message>
    <message>
        <source>This computer has no password safe that Repères can use. Type your password.</source>
        <translation>This computer has no password safe that Repères can use. Type your password.</translation>
    </message>
    <message>
        <source>On a shared computer, Repères never remembers the key. Type your password.</source>
        <translation>On a shared computer, Repères never remembers the key. Type your password.</translation>
    </message>
    <message>
        <source>No failed password attempt since.</source>
        <translation>No failed password attempt since.</translation>
    </message>
    <message>
        <source>Since then, a wrong password was typed %1 times on this computer.</source>
        <translation>Since then, a wrong password was typed %1 times on this computer.</translation>
    </message>
    <message>
        <source>%1 failed password attempts since.</source>
        <translation>%1 failed password attempts since.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Printed with Repères on %1.</source>
        <translation>Printed with Repères on %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>If I am late or cannot come</source>
        <translation>If I am late or cannot come</translation>
    </message>
    <message>
        <source>My appointment</source>
        <translation>My appointment</translation>
    </message>
    <message>
        <source>appointment.pdf</source>
        <translation>appointment.pdf</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>week.pdf</source>
        <translation>week.pdf</translation>
    </message>
    <message>
        <source>Week of %1: %2 out of %3</source>
        <translation>Week of %1: %2 out of %3</translation>
    </message>
    <message>
        <source>My hours of activity</source>
        <translation>My hours of activity</translation>
    </message>
    <message>
        <source>hours.pdf</source>
        <translation>hours.pdf</translation>
    </message>
    <message>
        <source>Document: %1.</source>
        <translation>Document: %1.</translation>
    </message>
    <message>
        <source>A corrected exchange shows every version, the first one first.</source>
        <translation>A corrected exchange shows every version, the first one first.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Check of my journal</source>
        <translation>Check of my journal</translation>
    </message>
    <message>
        <source>Extract from my journal of exchanges</source>
        <translation>Extract from my journal of exchanges</translation>
    </message>
    <message>
        <source>journal-extract.pdf</source>
        <translation>journal-extract.pdf</translation>
    </message>
    <message>
        <source>Receipt: someone helped me</source>
        <translation>Receipt: someone helped me</translation>
    </message>
    <message>
        <source>help-receipt.pdf</source>
        <translation>help-receipt.pdf</translation>
    </message>
    <message>
        <source>The place is not written in my carnet.</source>
        <translation>The place is not written in my carnet.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>No phone number is written in my carnet.</source>
        <translation>No phone number is written in my carnet.</translation>
    </message>
    <message>
        <source>No appointment this week.</source>
        <translation>No appointment this week.</translation>
    </message>
    <message>
        <source>A step to do</source>
        <translation>A step to do</translation>
    </message>
    <message>
        <source>Nothing to do this week.</source>
        <translation>Nothing to do this week.</translation>
    </message>
    <message>
        <source>……… hours</source>
        <translation>……… hours</translation>
    </message>
    <message>
        <source>Hours of activity</source>
        <translation>Hours of activity</translation>
    </message>
    <message>
        <source>My week, from %1 to %2</source>
        <translation>My week, from %1 to %2</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>With %1.</translation>
    </message>
    <message>
        <source>Version %1, written on %2:</source>
        <translation>Version %1, written on %2:</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>Exchanges in this extract: %1.</source>
        <translation>Exchanges in this extract: %1.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Checked on %1.</translation>
    </message>
    <message>
        <source>This fingerprint changes if anything in the journal changes.</source>
        <translation>This fingerprint changes if anything in the journal changes.</translation>
    </message>
    <message>
        <source>Fingerprints are SHA-256 codes: a computer can check them again.</source>
        <translation>Fingerprints are SHA-256 codes: a computer can check them again.</translation>
    </message>
    <message>
        <source>%1, from %2.</source>
        <translation>%1, from %2.</translation>
    </message>
    <message>
        <source>What I allowed: %1</source>
        <translation>What I allowed: %1</translation>
    </message>
    <message>
        <source>Start: %1.</source>
        <translation>Start: %1.</translation>
    </message>
    <message>
        <source>The help is still going on.</source>
        <translation>The help is still going on.</translation>
    </message>
    <message>
        <source>Nothing was changed in my carnet.</source>
        <translation>Nothing was changed in my carnet.</translation>
    </message>
    <message>
        <source>I will see %1.</source>
        <translation>I will see %1.</translation>
    </message>
    <message>
        <source>Call %1.</source>
        <translation>Call %1.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>When to call: %1</source>
        <translation>When to call: %1</translation>
    </message>
    <message>
        <source>%1 done out of %2.</source>
        <translation>%1 done out of %2.</translation>
    </message>
    <message>
        <source>This is my own record of my hours. It is not an official count.</source>
        <translation>This is my own record of my hours. It is not an official count.</translation>
    </message>
    <message>
        <source>No hours written this week.</source>
        <translation>No hours written this week.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Received on %1.</source>
        <translation>Received on %1.</translation>
    </message>
    <message>
        <source>Its fingerprint: %1</source>
        <translation>Its fingerprint: %1</translation>
    </message>
    <message>
        <source>%1 versions checked: nothing was changed.</source>
        <translation>%1 versions checked: nothing was changed.</translation>
    </message>
    <message>
        <source>The check found a change at version number %1.</source>
        <translation>The check found a change at version number %1.</translation>
    </message>
    <message>
        <source>Fingerprint of the whole journal, up to version %1:</source>
        <translation>Fingerprint of the whole journal, up to version %1:</translation>
    </message>
    <message>
        <source>End: %1.</source>
        <translation>End: %1.</translation>
    </message>
    <message>
        <source>Who helped me</source>
        <translation>Who helped me</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>By %1: %2.</source>
        <translation>By %1: %2.</translation>
    </message>
    <message>
        <source>Total from %1 to %2: %3.</source>
        <translation>Total from %1 to %2: %3.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organisation: %1.</source>
        <translation>Organisation: %1.</translation>
    </message>
    <message>
        <source>No exchange is written for these days.</source>
        <translation>No exchange is written for these days.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>I keep this paper.</source>
        <translation>I keep this paper.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Your carnet is closed. Your password opens it again.</source>
        <translation>Your carnet is closed. Your password opens it again.</translation>
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
        <source>Print my week</source>
        <translation>Print my week</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Every other place</source>
        <translation>Every other place</translation>
    </message>
    <message>
        <source>Every place</source>
        <translation>Every place</translation>
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
        <source>By %1: %2.</source>
        <translation>By %1: %2.</translation>
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
        <source>Do it today, to be safe: %1. The last day is %2.</source>
        <translation>Do it today, to be safe: %1. The last day is %2.</translation>
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
        <source>With %1.</source>
        <translation>With %1.</translation>
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
        <source>Make my old password useless, even on old copies</source>
        <translation>Make my old password useless, even on old copies</translation>
    </message>
    <message>
        <source>Choose this if someone may know your old password. Opening takes a little longer. Copies saved on a USB stick before today still open with the old password.</source>
        <translation>Choose this if someone may know your old password. Opening takes a little longer. Copies saved on a USB stick before today still open with the old password.</translation>
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
        <source>Open without my password</source>
        <translation>Open without my password</translation>
    </message>
    <message>
        <source>This computer remembers the key of your carnet.</source>
        <translation>This computer remembers the key of your carnet.</translation>
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
        <source>About Repères and help</source>
        <translation>About Repères and help</translation>
    </message>
    <message>
        <source>Whose computer is this?</source>
        <translation>Whose computer is this?</translation>
    </message>
    <message>
        <source>Other people use it too</source>
        <translation>Other people use it too</translation>
    </message>
    <message>
        <source>It is my own computer</source>
        <translation>It is my own computer</translation>
    </message>
    <message>
        <source>A library or an association computer is used by other people. Choose “my own computer” only if nobody else uses your session on it. You can change this later in Settings.</source>
        <translation>A library or an association computer is used by other people. Choose “my own computer” only if nobody else uses your session on it. You can change this later in Settings.</translation>
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
