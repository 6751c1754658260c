#!/usr/bin/env bash
# The Spark benchmark (not a test): on the corpus bench/run.sh builds for its 10× run (1,000 files
# per format by default: 200 copies of the five samples), times side by side
#   ./prikaz batch (--jobs = cores)  ·  the Spark job in local[2]  ·  the Spark job in local[1]
# and prints the job's throughput as a ratio of prikaz batch's and the scaling from one core to two.
# Wall time of each whole command, JVM and Spark session start included; the job's own time (its
# summary line) beside it.
# Usage: bench/spark.sh [COPIES] [FORMATS]   (default 200 copies, "txt docx pdf")
# Needs: Maven (the job jar and, when spark-submit is not on the PATH, Spark 3.5's jars from Maven
# Central, run through org.apache.spark.deploy.SparkSubmit as spark-submit runs them), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
formats=${2:-txt docx pdf}
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
  # shellcheck disable=SC2206
  submit=(java $opens -cp "$(cat "$work/spark.cp")" org.apache.spark.deploy.SparkSubmit)
fi
corpus() { # corpus DIR COPIES FORMAT (as bench/run.sh builds it)
  mkdir -p "$1"
  for ((i = 0; i < $2; i++)); do
    for f in samples/*.$3; do
      case "$f" in *.scan.*) continue ;; esac
      cp "$f" "$1/$(basename "${f%.*}")-$i.$3"
    done
  done
}
# wall seconds of a command: prints "S"; the job's own seconds (from its summary line) in $work/job
measure() {
  /usr/bin/time -f '%e' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  sed -n 's/^prikaz-spark: .*(\([0-9.]*\) s)$/\1/p' "$work/err" >"$work/job"
  cat "$work/time"
}
job() { # job CORES INPUT OUTPUT
  measure "${submit[@]}" --master "local[$1]" --conf spark.ui.enabled=false --driver-memory 1g \
    --class prikaz.spark.ParseJob spark/target/prikaz-spark.jar --input "$2" --output "$3"
}
printf '%-6s %6s %9s %9s %9s %7s %9s %9s %8s\n' format files "batch s" "spark2 s" "(job s)" ratio "spark1 s" "(job s)" scaling
for format in $formats; do
  dir="$work/$format"
  corpus "$dir" "$copies" "$format"
  files=$(find "$dir" -type f | wc -l)
  batch=$(measure ./prikaz batch "$dir" --out "$work/batch-$format" --jobs "$jobs")
  two=$(job 2 "$dir" "$work/spark2-$format"); two_job=$(cat "$work/job")
  one=$(job 1 "$dir" "$work/spark1-$format"); one_job=$(cat "$work/job")
  awk -v f="$format" -v n="$files" -v b="$batch" -v t="$two" -v tj="$two_job" -v o="$one" -v oj="$one_job" \
    'BEGIN { printf "%-6s %6d %9.2f %9.2f %9.2f %7.2f %9.2f %9.2f %8.2f\n", f, n, b, t, tj, b / t, o, oj, o / t }'
  rm -rf "$dir" "$work"/*-"$format"
done
echo "ratio = batch s / spark2 s (Spark's throughput as a share of prikaz batch's); scaling = spark1 s / spark2 s"
