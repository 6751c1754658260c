#!/usr/bin/env bash
# Start-up benchmark (issue «start-up that feels instant»): wall time of one small text order end to
# end and of --help, through the launcher (class-data archive) and as plain `java -jar` (no archive,
# default flags), and plain Tika extracting the same file's text in a JVM of its own (what tika-app
# does; tika-app itself is not on every Maven mirror, so bench/TikaRaw.java, compiled once, with the
# Tika the jar bundles) — run alternately, medians.
# Usage: bench/startup.sh [RUNS]   (default 15)
# The Java is the launcher's: JAVA_HOME's, else the one on the PATH; on Java 25 or later the
# launcher's class data is an ahead-of-time cache, before it a dynamic class-data archive.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
sample=samples/artem-2020-218.txt
./prikaz --version >/dev/null # builds the jar and its class-data archive if missing or stale
jar=app/target/prikaz.jar
java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/classes" "$work/one"
cp "$sample" "$work/one/"
"$(dirname "$(readlink -f "$(command -v "$java")")")/javac" -d "$work/classes" --release 17 -cp "$jar" bench/TikaRaw.java
seconds() { # seconds of wall time of a command
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo "scale=3; ($e - $s) / 1000000000" | bc
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 0; i < runs; i++)); do
  seconds ./prikaz parse "$sample" >>"$work/launcher-parse"
  seconds "$java" -jar "$jar" parse "$sample" >>"$work/plain-parse"
  seconds "$java" -cp "$jar:$work/classes" TikaRaw "$work/one" 1 >>"$work/tika-text"
  seconds ./prikaz --help >>"$work/launcher-help"
  seconds "$java" -jar "$jar" --help >>"$work/plain-help"
  # The same help rendered by picocli from the commands' annotations, as every run did before the
  # stored pages (a picocli.ansi setting turns the stored pages off).
  seconds "$java" -Dpicocli.ansi=false -jar "$jar" --help >>"$work/picocli-help"
done
median() { sort -n "$1" | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
lp=$(median "$work/launcher-parse"); pp=$(median "$work/plain-parse"); tt=$(median "$work/tika-text")
lh=$(median "$work/launcher-help"); ph=$(median "$work/plain-help"); rh=$(median "$work/picocli-help")
"$java" -version 2>&1 | head -1
printf '%-44s %8s\n' "median of $runs alternating runs" "seconds"
printf '%-44s %8.3f\n' "prikaz parse (launcher, class-data archive)" "$lp" "java -jar prikaz.jar parse (no archive)" "$pp" \
  "plain Tika text of the same file (own JVM)" "$tt" "prikaz --help (launcher)" "$lh" "java -jar prikaz.jar --help" "$ph" \
  "java -jar prikaz.jar --help, picocli rendering" "$rh"
echo "load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v lp="$lp" -v pp="$pp" -v tt="$tt" -v lh="$lh" -v ph="$ph" -v rh="$rh" 'BEGIN {
  printf "parse: launcher / plain = %.2f (goal <= 0.5), launcher / Tika = %.2f (goal <= 0.33)\n", lp / pp, lp / tt
  printf "help:  launcher / plain = %.2f (goal <= 0.4), launcher / plain with picocli rendering = %.2f\n", lh / ph, lh / rh }'
