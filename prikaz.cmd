@echo off
rem prikaz for Windows: runs prikaz.jar (beside this file, or app\target\prikaz.jar in a checkout)
rem with Java 17 or later. Double-clicked, with no arguments, it starts the page for clerks
rem (prikaz serve --open): the browser opens at it; closing this window stops it.
setlocal
chcp 65001 >nul
set "here=%~dp0"
set "jar=%here%prikaz.jar"
if not exist "%jar%" set "jar=%here%app\target\prikaz.jar"
if not exist "%jar%" (
  echo prikaz: prikaz.jar not found next to prikaz.cmd; build it with: mvn -B -DskipTests package 1>&2
  exit /b 2
)
rem The Java to run: JAVA_HOME's when it has one, else the one on the PATH.
set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if "%java%"=="java" (
  where java >nul 2>nul
  if errorlevel 1 (
    echo prikaz: Java 17 or later is needed: install Eclipse Temurin 17 JRE, https://adoptium.net 1>&2
    if "%~1"=="" pause
    exit /b 2
  )
)
if "%PRIKAZ_JAVA_OPTS%"=="" set "PRIKAZ_JAVA_OPTS=-Xmx400m"
if "%~1"=="" goto page
rem A one-file command ends within a second or two: compiled by C1 only, with the serial collector,
rem it ends sooner; batch and serve keep the default compilers (README «Start-up»).
set "jit=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
if /i "%~1"=="batch" set "jit="
if /i "%~1"=="serve" set "jit="
"%java%" %PRIKAZ_JAVA_OPTS% %jit% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%jar%" %*
exit /b %errorlevel%

rem No arguments (double-clicked): the page for clerks. Its exit code is read after Java ends (a
rem %errorlevel% inside a parenthesised block would be the one from before), and a failure waits
rem for a key so that the window does not close on the message.
:page
"%java%" %PRIKAZ_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%jar%" serve --open
set "rc=%errorlevel%"
if not "%rc%"=="0" pause
exit /b %rc%
