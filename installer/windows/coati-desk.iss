; Coati Desk: Windows installer (Inno Setup 6) for the one-folder PyInstaller build.
;
; From the repository's root, after `py installer\build.py` (which makes dist\coati-desk\ and
; build\icons\coati-desk.ico):
;
;   iscc installer\windows\coati-desk.iss
;
; Defaults can be overridden: iscc /DSourceDir=... /DIconFile=... /DOutputDir=... /DAppVersion=...
; The version defaults to the one PyInstaller wrote into coati-desk.exe (coati_desk.__version__).
;
; Installs to {autopf}\Coati Desk: "C:\Program Files\Coati Desk" for everyone (as administrator),
; or "%LOCALAPPDATA%\Programs\Coati Desk" for the current user only (the first page asks).
; The uninstaller removes the program folder and the shortcuts only: the user's payrolls,
; settings, logs and queue in %LOCALAPPDATA%\coati-desk are never touched.

#define AppName "Coati Desk"
#define AppExe "coati-desk.exe"
#define Root AddBackslash(SourcePath) + "..\.."

#ifndef SourceDir
  #define SourceDir Root + "\dist\coati-desk"
#endif
#ifndef IconFile
  #define IconFile Root + "\build\icons\coati-desk.ico"
#endif
#ifndef OutputDir
  #define OutputDir Root + "\dist"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\coati-desk first (py installer\build.py), or pass /DAppVersion=..."
#endif

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{633D914C-8377-47D1-AC04-E5EEA50D8F37}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Coati
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=coati-desk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; close a running Coati Desk before its files are replaced or removed
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the bundled libraries as a whole (no stale ones from the last version)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the whole one-folder build: coati-desk.exe (the window), coati-desk-cli.exe (the commands,
; with a console) and _internal\
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only inside the program folder (anything written there at run time); nothing in
; %LOCALAPPDATA%\coati-desk, the user's data
Type: filesandordirs; Name: "{app}\_internal"
