#!/usr/bin/env bash
# Times whole Tiku commands as processes (cold JVM each run) and prints a Markdown table:
# wall time, CPU time (user+sys) and peak memory, medians of RUNS runs.
#   bench/run.sh            # RUNS=5
#   RUNS=3 bench/run.sh
#   SIZES="1 100" bench/run.sh   # document counts for the generate rows (default: 1 100 1000)
# Needs /usr/bin/time (Debian package "time"; installed here if missing and apt is usable).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-1 100 1000}
work=$(mktemp -d /tmp/tiku-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null 2>&1 || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
fi
./tiku --version >/dev/null   # builds the jar (and the CDS archive) once, outside the timings

# Documents for the batch runs: the bundled sample and the shared documents, copied with varied
# names and numbers so no two are alike.
src=(question-bank/uk-vietnam-2025/source.txt)
for f in ../shared/docs/*.txt src/test/resources/docs/*.txt; do [ -f "$f" ] && src+=("$f"); done
make_docs() { # N DIR
  mkdir -p "$2"
  perl -e '
    my ($n, $dir, @src) = @ARGV;
    my @text = map { local $/; open my $h, "<:raw", $_ or die; scalar <$h> } @src;
    for my $i (1 .. $n) {
      my $t = $text[$i % @text];
      my $k = $i % 9;
      $t =~ s/(?<![0-9])(19[0-9]{2}|20[0-4][0-9])(?![0-9])/$1 + $k/ge;   # vary years
      $t =~ s/(?<![0-9])([1-9][0-9]?)億/($1 + $k) . "億"/ge;           # vary amounts
      open my $o, ">:raw", sprintf("%s/doc-%05d-%s.txt", $dir, $i, ("alpha","beta","gamma","delta")[$i % 4]) or die;
      print $o $t; close $o;
    }' "$1" "$2" "${src[@]}"
}
for n in $SIZES; do make_docs "$n" "$work/docs-$n"; done

# A 2,000-question bank for the big-PDF row: the sample's questions repeated, ids suffixed.
mkdir -p "$work/big"
perl -MJSON::PP -e '
  local $/; open my $h, "<:raw", $ARGV[0] or die; my $b = JSON::PP->new->decode(<$h>);
  my @q = @{$b->{questions}}; my @out;
  for (my $i = 0; @out < 2000; $i++) { my %c = %{$q[$i % @q]}; $c{id} .= "-" . int($i / @q); push @out, \%c; }
  $b->{questions} = \@out;
  open my $o, ">:raw", $ARGV[1] or die; print $o JSON::PP->new->canonical->pretty->encode($b);' \
  question-bank/uk-vietnam-2025/bank.json "$work/big/bank.json"

measure() { # LABEL CMD...
  local label=$1; shift
  local walls=() cpus=() mems=()
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "bench: '$label' failed:" >&2; cat "$work/err" >&2; exit 1; }
    read -r wall user sys rss < "$work/t"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')"); mems+=("$rss")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '| %s | %.2f s | %.2f s | %d MB |\n' "$label" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$(( $(median "${mems[@]}") / 1024 ))"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Tiku $(./tiku --version | awk '{print $2}'), $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo
echo "| command | wall (median) | CPU (median) | peak memory |"
echo "| --- | --- | --- | --- |"
measure "./tiku build (sample, every format, cold JVM)" ./tiku build --out "$work/out"
measure "./tiku list" ./tiku list
for n in $SIZES; do
  measure "./tiku generate ($n documents)" ./tiku generate --out "$work/out" "$work/docs-$n"/*.txt
done
measure "./tiku render --format pdf (2,000 questions)" ./tiku render "$work/big/bank.json" --format pdf --out "$work/out"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
