; Offline Assistant — Windows installer recipe for Inno Setup 6 (6.3 or later).
;
; Build it on Windows, after PyInstaller made the bundle dist\offline-assistant\ from build.spec
; (on Windows that folder holds offline-assistant.exe, the console program for the command
; line and IT's scripts, and offline-assistant-gui.exe, the same program without a console
; window, which the shortcuts start):
;
;   iscc installer\windows\offline-assistant.iss
;   iscc /DModelFile=C:\approved\model.gguf installer\windows\offline-assistant.iss
;        (adds the optional component "model": that .gguf, installed for every user of the
;         machine into {app}\_internal\models, where the app finds a model that came with it)
;
; -> dist\installer\OfflineAssistant-<version>-setup.exe. Steps and options: installer/README.md.
;
; The setup program never downloads anything. It installs per user (no administrator rights,
; into %LOCALAPPDATA%\Programs) or for all users (Program Files); a dialog asks, and the
; command line decides with /CURRENTUSER or /ALLUSERS. Silent: /VERYSILENT /SUPPRESSMSGBOXES;
; another folder: /DIR="D:\Apps\Offline Assistant"; skip the model: /COMPONENTS=app.
; Uninstalling keeps the user's data (%LOCALAPPDATA%\OfflineAssistant) unless the user says
; yes when asked, or a silent uninstall is given /DELETEUSERDATA.

#define AppName "Offline Assistant"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\offline-assistant"
#endif
#define ConsoleExe "offline-assistant.exe"
#define GuiExe "offline-assistant-gui.exe"
#define DataFolder "OfflineAssistant"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{7B3E5C2A-9D41-4F6B-8A0E-5C1D2F3A4B6E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Summarise documents with a language model on this computer, fully offline
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=OfflineAssistant-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\offline-assistant.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowComponentSizes=yes
CloseApplications=yes
RestartApplications=no
UsedUserAreasWarning=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Types]
#ifdef ModelFile
Name: "full"; Description: "Program and the approved model"
Name: "compact"; Description: "Program only (uses the small demo model)"
#else
Name: "full"; Description: "Program with the small demo model"
#endif
Name: "custom"; Description: "Choose"; Flags: iscustom

[Components]
#ifdef ModelFile
Name: "app"; Description: "{#AppName} (program and the small demo model)"; Types: full compact custom; Flags: fixed
Name: "model"; Description: "Approved language model: {#ExtractFileName(ModelFile)}"; Types: full
#else
Name: "app"; Description: "{#AppName} (program and the small demo model)"; Types: full custom; Flags: fixed
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Components: app; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\THIRD-PARTY.txt"; DestDir: "{app}"; Components: app; Flags: ignoreversion
#ifdef ModelFile
Source: "{#ModelFile}"; DestDir: "{app}\_internal\models"; Components: model; Flags: ignoreversion nocompression
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Summarise documents offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

function CmdLineHasSwitch(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

// An upgrade replaces the program files completely (an old llama.cpp or Qt library left
// behind could be loaded by the new version), except _internal\models, where the "model"
// component or IT put an approved model. Nothing outside the program folder is touched.
procedure RemoveOldProgramFiles();
var
  Dir: String;
  Rec: TFindRec;
begin
  Dir := ExpandConstant('{app}\_internal');
  if FindFirst(Dir + '\*', Rec) then
  begin
    try
      repeat
        if (Rec.Name <> '.') and (Rec.Name <> '..') and (CompareText(Rec.Name, 'models') <> 0) then
        begin
          if (Rec.Attributes and FILE_ATTRIBUTE_DIRECTORY) <> 0 then
            DelTree(Dir + '\' + Rec.Name, True, True, True)
          else
            DeleteFile(Dir + '\' + Rec.Name);
        end;
      until not FindNext(Rec);
    finally
      FindClose(Rec);
    end;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssInstall then
    RemoveOldProgramFiles();
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := CmdLineHasSwitch('/DELETEUSERDATA');
  Result := True;
end;

// The user's conversations, summaries and own models are theirs: kept unless they say so.
// This is the data of the user who runs the uninstaller; other users' folders are not touched.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#DataFolder}');
    if DirExists(DataDir) then
    begin
      if (not DeleteUserData) and (not UninstallSilent) then
        DeleteUserData := MsgBox('Also delete your Offline Assistant data?' + #13#10#13#10 +
          'Your conversations, summaries and the models you added are in' + #13#10 +
          DataDir + #13#10#13#10 +
          'Choose No to keep them (for example to install Offline Assistant again later).',
          mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
      if DeleteUserData then
        DelTree(DataDir, True, True, True);
    end;
  end;
end;
