#!/usr/bin/env bash
# The Spark benchmark (not a test): on the corpus bench/run.sh builds for its 10× run (1,000 files
# per format by default: 200 copies of the five samples, bench/corpus.sh), times on the same files
#   ./prikaz batch (--jobs = cores, JSON out)  ·  the Spark job in local[2]  ·  the Spark job in local[1]
# RUNS times each, in turn (batch, local[2], local[1], batch, …, so that a change in the machine's
# load falls on all three alike), and prints the medians: the job's throughput as a ratio of
# prikaz batch's, end to end (wall time of each whole command: JVM, Spark context and session
# start included) and without Spark's one-off start (the job's own time, from its summary line),
# and the scaling from one core to two; with the load average before and after.
# Usage: bench/spark.sh [COPIES] [FORMATS] [RUNS]   (default 200 copies, "txt docx pdf", 3 runs)
# Needs: Maven (the job jar and, when spark-submit is not on the PATH, Spark 3.5's jars from Maven
# Central, run through org.apache.spark.deploy.SparkSubmit as spark-submit runs them), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
formats=${2:-txt docx pdf}
runs=${3:-3}
jobs=$(nproc)
./prikaz --version >/dev/null # builds the CLI jar if it is missing or stale
mvn -B -q -DskipTests -pl spark -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' spark/pom.xml)
if command -v spark-submit >/dev/null 2>&1; then
  submit=(spark-submit)
else
  # Spark's own jars at the versions Spark resolves them to (not the project's), as a Spark
  # distribution has them, and the options spark-submit's launcher adds on Java 17.
  cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>spark-classpath</artifactId><version>1</version><packaging>pom</packaging>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
<version>$spark_version</version></dependency></dependencies></project>
POM
  (cd "$work" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/spark.cp")
  opens=$(echo -XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false \
    --add-opens=java.base/{java.lang,java.lang.invoke,java.lang.reflect,java.io,java.net,java.nio,java.util,java.util.concurrent,java.util.concurrent.atomic,jdk.internal.ref,sun.nio.ch,sun.nio.cs,sun.security.action,sun.util.calendar}=ALL-UNNAMED \
    --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)
  # -Xmx1g: the heap spark-submit gives the driver for --driver-memory 1g (which a driver already
  # started, as this one is, cannot apply to itself).
  # shellcheck disable=SC2206
  submit=(java -Xmx1g $opens -cp "$(cat "$work/spark.cp")" org.apache.spark.deploy.SparkSubmit)
fi
# shellcheck source=bench/corpus.sh
. bench/corpus.sh
# wall seconds of a command: prints "S"; the job's own seconds (from its summary line) in $work/job
measure() {
  /usr/bin/time -f '%e' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  sed -n 's/^prikaz-spark: .*(\([0-9.]*\) s)$/\1/p' "$work/err" >"$work/job"
  cat "$work/time"
}
job() { # job CORES INPUT OUTPUT: prints "wall-s job-s"
  rm -rf "$3"
  local wall
  wall=$(measure "${submit[@]}" --master "local[$1]" --conf spark.ui.enabled=false --driver-memory 1g \
    --class prikaz.spark.ParseJob spark/target/prikaz-spark.jar --input "$2" --output "$3")
  echo "$wall $(cat "$work/job")"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
printf '%-6s %5s %4s %8s %9s %8s %7s %9s %9s %8s %8s %s\n' format files runs "batch s" "spark2 s" "(job s)" \
  ratio "(no start)" "spark1 s" "(job s)" scaling "load average before → after"
for format in $formats; do
  dir="$work/$format"
  corpus "$dir" "$copies" "$format"
  files=$(find "$dir" -type f | wc -l)
  before=$(load)
  : >"$work/b"; : >"$work/t"; : >"$work/tj"; : >"$work/o"; : >"$work/oj"
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/batch-$format"
    measure ./prikaz batch "$dir" --out "$work/batch-$format" --jobs "$jobs" >>"$work/b"
    read -r wall own < <(job 2 "$dir" "$work/spark2-$format"); echo "$wall" >>"$work/t"; echo "$own" >>"$work/tj"
    read -r wall own < <(job 1 "$dir" "$work/spark1-$format"); echo "$wall" >>"$work/o"; echo "$own" >>"$work/oj"
  done
  awk -v f="$format" -v n="$files" -v r="$runs" -v b="$(median <"$work/b")" -v t="$(median <"$work/t")" \
    -v tj="$(median <"$work/tj")" -v o="$(median <"$work/o")" -v oj="$(median <"$work/oj")" \
    -v l="$before → $(load)" 'BEGIN { printf "%-6s %5d %4d %8.2f %9.2f %8.2f %7.2f %9.2f %9.2f %8.2f %8.2f %s\n",
      f, n, r, b, t, tj, b / t, b / tj, o, oj, o / t, l }'
  echo "  all runs, s: batch $(paste -sd' ' "$work/b") · local[2] $(paste -sd' ' "$work/t") ($(paste -sd' ' "$work/tj"))" \
    "· local[1] $(paste -sd' ' "$work/o") ($(paste -sd' ' "$work/oj"))"
  rm -rf "$dir" "$work"/*-"$format"
done
echo "medians; ratio = batch s / spark2 s (Spark's throughput as a share of prikaz batch's, end to end);"
echo "(no start) = batch s / the job's own s (without the JVM and Spark context start); scaling = spark1 s / spark2 s"
