; Inno Setup script for Repères: a per-user installer, no administrator rights needed.
; Build on Windows (packaging/README.md says how), from the repository folder:
;     pyinstaller --noconfirm --clean packaging\reperes.spec
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\reperes.iss
; Result: dist\Reperes-<version>-installation.exe
;
; What it does: copies dist\reperes\ to %LOCALAPPDATA%\Programs\Repères, adds a Start menu
; shortcut (and a desktop one if asked), and an uninstaller in "Apps & features". It never
; touches the carnets: they live in the user's data folder and stay after an uninstall.
; No network, no service, no registry entries beyond the uninstaller's own.

#define AppName "Repères"
#define BundleDir "..\..\dist\reperes"
#define AppExe "reperes.exe"
; The version comes from the program itself (PyInstaller writes app.__version__ into it).
#define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)

[Setup]
AppId={{6F1B7C52-3A0E-4B8F-9C1D-52A7E0D4B3C1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: %LOCALAPPDATA%\Programs\Repères
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\reperes.ico
WizardStyle=modern
OutputDir=..\..\dist
OutputBaseFilename=Reperes-{#AppVersion}-installation
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; French first: the first screen is in French unless Windows is set to English.
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopIcon=Mettre un raccourci sur le Bureau
english.DesktopIcon=Put a shortcut on the desktop
french.LaunchNow=Ouvrir Repères maintenant
english.LaunchNow=Open Repères now

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the carnets are elsewhere and are never removed.
Type: filesandordirs; Name: "{app}\_internal"
