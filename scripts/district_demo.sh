#!/usr/bin/env bash
# A district office with two enrolled village demo libraries, all through the CLI, so the district
# pages (Inbox, Book grants, Union catalogue, District statistics) have something to show.
#
#   scripts/district_demo.sh [DIR]          (default DIR: /tmp/pustaka-district-demo)
#
# Leaves in DIR: district.sqlite3 (login admin / admin123), village-a.sqlite3, village-b.sqlite3
# (demo libraries, admin / admin123), usb/ with the villages' latest bundles for the district Inbox,
# and to-villages/ with the district's answer bundles. Open the district with
#   .venv/bin/pustaka --db DIR/district.sqlite3
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-/tmp/pustaka-district-demo}
CLI=.venv/bin/pustaka-cli
export PUSTAKA_PASSWORD=admin123
rm -rf "$DIR"
mkdir -p "$DIR/usb" "$DIR/to-villages" "$DIR/enrol"

echo "== district office"
$CLI --db "$DIR/district.sqlite3" init --district --library-name "Dinas Perpustakaan Kabupaten Sleman" \
    --library-code DPKS --librarian admin --password admin123 --kabupaten Sleman --province "DI Yogyakarta"

n=0
for spec in "a:SKM:11" "b:MJU:22"; do
    IFS=: read -r name code seed <<<"$spec"
    n=$((n + 1))
    db="$DIR/village-$name.sqlite3"
    echo "== village $code (demo library, seed $seed)"
    $CLI --db "$db" demo --size tiny --seed "$seed" >/dev/null
    $CLI --db "$db" sync enrol-request -o "$DIR/enrol/request-$code.json"
    $CLI --db "$DIR/district.sqlite3" sync enrol-accept "$DIR/enrol/request-$code.json" \
        -o "$DIR/enrol/answer-$code.json" --code "$code"
    $CLI --db "$db" sync enrol-finish "$DIR/enrol/answer-$code.json"
    # first bundle: the full snapshot, carried to the district on the USB stick
    $CLI --db "$db" sync export --to DPKS -o "$DIR/usb"
done

echo "== district reads the USB stick (the Inbox page does the same)"
$CLI --db "$DIR/district.sqlite3" sync import "$DIR/usb"

echo "== a book grant for SKM, catalogued once at the district"
cat >"$DIR/hibah-SKM.csv" <<'CSV'
Judul;Pengarang;ISBN;Penerbit;Tahun;Klasifikasi;Barkode;No Induk
Budidaya Ikan Lele;Suyanto;;Penebar Swadaya;2021;639.3;HB26-0001;H/2026/001
Budidaya Ikan Lele;Suyanto;;Penebar Swadaya;2021;639.3;HB26-0002;H/2026/002
Laskar Pelangi;Andrea Hirata;9789793062792;Bentang;2005;899.221 3;HB26-0003;H/2026/003
CSV
$CLI --db "$DIR/district.sqlite3" district grant create --to SKM --name "Bantuan Perpusnas 2026" "$DIR/hibah-SKM.csv"

echo "== bundles back to the villages (catalogue pack, the grant, acknowledgements)"
for code in SKM MJU; do
    $CLI --db "$DIR/district.sqlite3" sync export --to "$code" -o "$DIR/to-villages"
done
# a stick that came back damaged, for the Inbox to reject
printf 'PK\003\004 damaged' >"$DIR/usb/pustaka-XYZ-to-DPKS-20261124-00000000.zip"
$CLI --db "$DIR/district.sqlite3" sync status
echo "Done: $DIR/district.sqlite3 (admin / admin123); the Inbox folder is $DIR/usb"
