#!/usr/bin/env bash
# Measures the FLOOR of a cold start: the least a fresh JVM pays to do the minimum with each library
# that `./tiku build` and `./tiku list` must use (bench/floors/*.java, one small class per probe),
# set against the measured `./tiku build` and `./tiku list`. Prints a Markdown table of medians
# (wall, CPU user+sys, peak RSS) with the load average before and after.
#   bench/floors.sh            # RUNS=5
#   RUNS=3 WARM=0 bench/floors.sh   # WARM=0 skips the in-process cold-vs-warm rounds at the end
# Every probe runs with the launcher's flags and its OWN static CDS archive, made the way ./tiku
# makes target/tiku.jsa (-XX:DumpLoadedClassList, one line per class, -Xshare:dump), so each floor
# gets the same help Tiku gets. Probe runs are interleaved (run 1 of every row, then run 2, …), so a
# busy neighbour spreads over all rows instead of landing on one.
# Needs /usr/bin/time, javac and jar; pdftotext, unzip and sqlite3 check the outputs when present.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
case $root in *[[:space:]]*) echo "floors: the probes' command lines are split on spaces; run from a path without any" >&2; exit 1 ;; esac
RUNS=${RUNS:-5}
WARM=${WARM:-1}
work=$(mktemp -d /tmp/tiku-floors.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null 2>&1 || { echo "floors: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
fi
./tiku --version >/dev/null   # builds the jar and Tiku's own CDS archive once, outside the timings

tikujar=$root/target/tiku.jar
bank=$root/question-bank/uk-vietnam-2025/bank.json
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m)   # the launcher's
out=$work/out
mkdir -p "$work/classes" "$out"
# no invokedynamic string concatenation: its bootstrap is not any library's floor
javac -nowarn -XDstringConcat=inline -d "$work/classes" -cp "$tikujar" bench/floors/*.java
# a jar, not a folder: a static CDS dump refuses a non-empty directory on the class path
jar cf "$work/probes.jar" -C "$work/classes" .
probes=$work/probes.jar

# id | label | class path (bare: the probes only; jar: target/tiku.jar first) | CDS (own|jdk) | class and arguments
rows=(
  "hello-jdk|JVM hello world, no jar, the JDK's default CDS archive|bare|jdk|Hello $out/hello.txt"
  "hello|JVM hello world, no jar|bare|own|Hello $out/hello.txt"
  "hello-jar|JVM hello world + target/tiku.jar on the class path|jar|own|Hello $out/hello.txt"
  "picocli|picocli: one-option @Command parsed and run|jar|own|Picocli $out/picocli.txt"
  "jackson|Jackson: readTree of the sample bank.json|jar|own|JacksonTree $bank $out/jackson.txt"
  "docx|POI XWPF: one-paragraph .docx|jar|own|PoiDocx $out/floor.docx"
  "xlsx|POI XSSF: one-cell .xlsx|jar|own|PoiXlsx $out/floor.xlsx"
  "pdf|OpenPDF: one page, one line of Chinese, Noto Sans TC subset|jar|own|OpenPdf $out/floor.pdf"
  "html|Thymeleaf: String template with one th:text|jar|own|ThymeleafHtml $out/floor.html"
  "sqlite|sqlite-jdbc: database file, one table, one row|jar|own|SqliteDb $out/floor.db"
  "csv|Commons CSV: one row|jar|own|CommonsCsv $out/floor.csv"
  "zip|java.util.zip: one entry|jar|own|ZipOne $out/floor.zip"
  "list-floor|list floor in one JVM: picocli command reading bank.json (Jackson), one line per question|jar|own|ListFloor $bank"
  "build-floor|build floor in one JVM, staged as Tiku: picocli, Jackson, then PDF, CSV, SQLite+zip, HTML, DOCX on 2 threads|jar|own|BuildFloor $bank $out/build-floor 2"
  "build-eager|build floor in one JVM, every step on 2 threads at once, longest first|jar|own|BuildFloor $bank $out/build-eager 2 1 eager"
)
field() { local IFS='|'; local a; read -r -a a <<<"$1"; printf '%s' "${a[$2]}"; }
classpath() { if [ "$(field "$1" 2)" = jar ]; then printf '%s' "$tikujar:$probes"; else printf '%s' "$probes"; fi; }

# Each probe's own archive, as ./tiku makes its own (in the temporary folder, like the launcher,
# so a JVM crash log never lands in the worktree).
echo "floors: recording a CDS archive per probe…" >&2
for row in "${rows[@]}"; do
  id=$(field "$row" 0)
  [ "$(field "$row" 3)" = own ] || continue
  read -r -a cmd <<<"$(field "$row" 4)"
  cp=$(classpath "$row")
  (cd "$work" && java "${flags[@]}" -XX:DumpLoadedClassList="$work/$id.lst" -cp "$cp" "${cmd[@]}" >/dev/null)
  awk '!/^#/ && !seen[$0]++' "$work/$id.lst" > "$work/$id.classes"
  (cd "$work" && java -Xshare:dump -XX:SharedClassListFile="$work/$id.classes" -XX:SharedArchiveFile="$work/$id.jsa" \
    -Xlog:cds=off -cp "$cp" >/dev/null 2>&1) || { echo "floors: the CDS dump for $id failed" >&2; exit 1; }
done
jvm() { # ROW: the probe's java command line
  local row=$1 id; id=$(field "$row" 0)
  local cmd; read -r -a cmd <<<"$(field "$row" 4)"
  local cds=()
  [ "$(field "$row" 3)" = own ] && cds=(-XX:SharedArchiveFile="$work/$id.jsa" -Xlog:cds=off)
  printf '%s\0' java "${flags[@]}" "${cds[@]}" -cp "$(classpath "$row")" "${cmd[@]}"
}

# One untimed run per probe with class loading logged: how many classes it loads and how many of
# them the archive supplied (-Xshare:on fails outright if the archive cannot be mapped).
declare -A loaded archived
for row in "${rows[@]}"; do
  id=$(field "$row" 0)
  mapfile -d '' cmd < <(jvm "$row")
  "${cmd[0]}" -Xshare:on -Xlog:class+load=info:file="$work/$id.load" "${cmd[@]:1}" >/dev/null
  loaded[$id]=$(grep -c 'source:' "$work/$id.load" || true)
  archived[$id]=$(grep -c 'source: shared objects file' "$work/$id.load" || true)
done

# The outputs are real files of their format.
check() { # WHAT CMD...: fail loudly when a probe's output does not read back
  "${@:2}" >/dev/null 2>&1 || { echo "floors: $1 is not valid" >&2; exit 1; }
}
grep -q 'questions' "$out/jackson.txt" || { echo "floors: Jackson read no questions" >&2; exit 1; }
grep -q '<h1>題庫 &lt;floor&gt;</h1>' "$out/floor.html" || { echo "floors: the Thymeleaf output is wrong" >&2; exit 1; }
grep -q '題庫' "$out/floor.csv" || { echo "floors: the CSV row is missing" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
  pdftotext "$out/floor.pdf" - | grep -q '題庫' || { echo "floors: the PDF does not hold the Chinese line" >&2; exit 1; }
  pdftotext "$out/build-floor/round-1/floor.pdf" - | grep -q '題庫' || { echo "floors: the build floor's PDF is wrong" >&2; exit 1; }
fi
if command -v unzip >/dev/null; then
  for f in floor.docx floor.xlsx floor.zip build-{floor,eager}/round-1/floor.{docx,zip}; do check "$f" unzip -tq "$out/$f"; done
fi
if command -v sqlite3 >/dev/null; then
  [ "$(sqlite3 "$out/floor.db" 'select flds from notes')" = '題庫 floor' ] || { echo "floors: the SQLite row is missing" >&2; exit 1; }
fi

declare -A walls cpus mems
measure() { # ID CMD...: one timed run, appended to the ID's samples
  local id=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "floors: '$id' failed:" >&2; cat "$work/err" >&2; exit 1; }
  local wall user sys rss
  read -r wall user sys rss < "$work/t"
  walls[$id]+=" $wall"; cpus[$id]+=" $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')"; mems[$id]+=" $rss"
}
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < RUNS; r++)); do
  for row in "${rows[@]}"; do
    mapfile -d '' cmd < <(jvm "$row")
    measure "$(field "$row" 0)" "${cmd[@]}"
  done
  rm -rf "$work/build-out"
  measure tiku-build ./tiku build --out "$work/build-out"
  measure tiku-list ./tiku list
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

declare -A W C M
for id in "${!walls[@]}"; do
  W[$id]=$(median "${walls[$id]}"); C[$id]=$(median "${cpus[$id]}"); M[$id]=$(median "${mems[$id]}")
done
echo "load average before: $load_before"
echo "Tiku $(./tiku --version | awk '{print $2}'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), RUNS=$RUNS"
echo "JVM flags (the launcher's): ${flags[*]}, each probe with its own static CDS archive"
echo
echo "| probe | wall | CPU (user+sys) | CPU over JVM+jar | peak RSS | classes loaded (from CDS) |"
echo "| --- | --- | --- | --- | --- | --- |"
base=${C[hello-jar]}
for row in "${rows[@]}"; do
  id=$(field "$row" 0)
  over=$(awk -v c="${C[$id]}" -v b="$base" 'BEGIN{d=c-b; printf "%+.2f s", d}')
  case $id in hello|hello-jdk|hello-jar) over="" ;; esac
  printf '| %s | %.2f s | %.2f s | %s | %d MB | %s (%s) |\n' "$(field "$row" 1)" "${W[$id]}" "${C[$id]}" "$over" \
    "$(( M[$id] / 1024 ))" "${loaded[$id]}" "${archived[$id]}"
done
printf '| `./tiku build` (sample, every build format, cold JVM) | %.2f s | %.2f s | | %d MB | |\n' "${W[tiku-build]}" "${C[tiku-build]}" "$(( M[tiku-build] / 1024 ))"
printf '| `./tiku list` | %.2f s | %.2f s | | %d MB | |\n' "${W[tiku-list]}" "${C[tiku-list]}" "$(( M[tiku-list] / 1024 ))"
echo
# A floor of a command = one JVM with the jar + what each library costs over that JVM.
sum() { # MAP ID...: MAP[hello-jar] + sum of (MAP[id] - MAP[hello-jar])
  local -n m=$1; shift
  local s=${m[hello-jar]} id
  for id in "$@"; do s=$(awk -v s="$s" -v x="${m[$id]}" -v b="${m[hello-jar]}" 'BEGIN{print s + x - b}'); done
  printf '%.2f' "$s"
}
build_libs=(picocli jackson pdf csv sqlite zip html docx)
list_libs=(picocli jackson)
printf -- '- **build**: sum of the floors it cannot avoid (JVM+jar, %s): **%s s CPU** against a budget of %d cores × 1.0 s = %d.00 s CPU; all of them in one JVM (2 threads): %.2f s wall, %.2f s CPU staged as Tiku, %.2f s wall, %.2f s CPU eager; `./tiku build`: %.2f s wall, %.2f s CPU.\n' \
  "${build_libs[*]}" "$(sum C "${build_libs[@]}")" "$(nproc)" "$(nproc)" "${W[build-floor]}" "${C[build-floor]}" "${W[build-eager]}" "${C[build-eager]}" "${W[tiku-build]}" "${C[tiku-build]}"
printf -- '- **list**: sum of the floors it cannot avoid (JVM+jar, %s): **%s s wall**, %s s CPU, against 0.30 s wall; both in one JVM: %.2f s wall, %.2f s CPU; `./tiku list`: %.2f s wall, %.2f s CPU.\n' \
  "${list_libs[*]}" "$(sum W "${list_libs[@]}")" "$(sum C "${list_libs[@]}")" "${W[list-floor]}" "${C[list-floor]}" "${W[tiku-list]}" "${C[tiku-list]}"
echo
echo "load average after: $load_after"

if [ "$WARM" != 0 ]; then
  # Cold against warm in one JVM: the same job three times; each step's wall/thread-CPU per round.
  echo
  echo "In-process rounds (one JVM each, the launcher's flags; per step: wall/thread-CPU ms):"
  echo '```'
  mapfile -d '' cmd < <(jvm "build-floor|x|jar|own|BuildFloor $bank $out/warm 1 3")
  "${cmd[@]}" 2>&1 >/dev/null | sed 's/^/build floor (1 thread) /'
  mapfile -d '' cmd < <(jvm "build-eager|x|jar|own|BuildFloor $bank $out/warm-eager 2 3 eager")
  "${cmd[@]}" 2>&1 >/dev/null | sed 's/^/build floor (2 threads, eager) /'
  java "${flags[@]}" -XX:SharedArchiveFile="$root/target/tiku.jsa" -Xlog:cds=off -Dtiku.root="$root" \
    -cp "$tikujar:$probes" TikuRounds "$work/tiku-rounds" 3 2>&1 >/dev/null
  echo '```'
fi
