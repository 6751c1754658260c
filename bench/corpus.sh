# shellcheck shell=bash
# The benchmarks' corpus, sourced by bench/run.sh and bench/spark.sh (from the repository's root).
# corpus DIR COPIES FORMAT: COPIES copies of every sample in FORMAT (not the scans), named
# NAME-I.FORMAT, in DIR.
corpus() {
  mkdir -p "$1"
  for ((i = 0; i < $2; i++)); do
    for f in samples/*."$3"; do
      case "$f" in *.scan.*) continue ;; esac
      cp "$f" "$1/$(basename "${f%.*}")-$i.$3"
    done
  done
}
