; Inno Setup 6 script for Pustaka Desktop (Windows installer).
; Build steps: installer/README.md. Compile with:  iscc /DAppVersion=0.1.0 installer\pustaka.iss
; Input: the PyInstaller one-folder build in dist\pustaka\ (pyinstaller --noconfirm installer\pustaka.spec).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pustaka"
#define AppPublisher "Pustaka Desktop"
#define AppExe "pustaka.exe"
#ifndef SourceDir
  #define SourceDir "..\dist\pustaka"
#endif

[Setup]
; The AppId never changes: it is what makes a newer installer upgrade in place.
AppId={{6F3B1C2A-8E4D-4B7A-9C61-2D5E8F0A7B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Pustaka
DefaultGroupName=Pustaka
; Per-user install by default (no administrator needed on a shared village PC); an admin may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=Pustaka-Setup-{#AppVersion}
SetupIconFile=pustaka.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Pustaka before files are replaced during an upgrade.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Indonesian first: it is the default for the people who install this. Indonesian.isl is Inno Setup's
; "unofficial" Indonesian translation (Files/Languages/Unofficial in the Inno Setup sources, under the Inno
; Setup licence in Inno-Setup-license.txt), shipped here so a build needs no download.
Name: "id"; MessagesFile: "Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.LaunchApp=Jalankan Pustaka sekarang
en.LaunchApp=Start Pustaka now
id.KioskShortcut=Katalog untuk pengunjung (kios)
en.KioskShortcut=Patron catalogue (kiosk)
id.CliShortcut=Pustaka baris perintah
en.CliShortcut=Pustaka command line
id.DataKept=Data perpustakaan Anda (basis data, cadangan, log) TIDAK dihapus. Data tersebut tetap ada di %1.
en.DataKept=Your library data (database, backups, logs) is NOT removed. It stays in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskicon"; Description: "{cm:KioskShortcut}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build. Library data never lives under {app}: it is in the user's
; AppData folder, so upgrades and uninstalls cannot touch it.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's old files (stale DLLs from an earlier Qt).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:KioskShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{autodesktop}\{cm:KioskShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Tasks: kioskicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left in its own folder; never the data folder.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Pustaka')]), mbInformation, MB_OK);
end;
