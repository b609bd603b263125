; Inno Setup script for the Windows installer of Rapport (see packaging/README.md).
; Build on Windows after `pyinstaller --noconfirm packaging\rapport.spec` has made dist\rapport:
;   iscc /DAppVersion=0.1.0 packaging\rapport.iss
; It cannot be built on the Linux CI machine.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1D7D0E-9F0E-4C63-9C41-52A5D8D3A1F7}
AppName=Rapport
AppVersion={#AppVersion}
AppPublisher=Rapport
DefaultDirName={autopf}\Rapport
DefaultGroupName=Rapport
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=rapport-{#AppVersion}-setup
SetupIconFile=..\build\rapport.ico
UninstallDisplayIcon={app}\rapportw.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\rapport\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; rapportw.exe opens the window without a console; rapport.exe is the command line.
Name: "{autoprograms}\Rapport"; Filename: "{app}\rapportw.exe"
Name: "{autodesktop}\Rapport"; Filename: "{app}\rapportw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rapportw.exe"; Description: "{cm:LaunchProgram,Rapport}"; Flags: nowait postinstall skipifsilent
