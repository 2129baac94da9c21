import type { Usage } from './usage-nl.ts';

/** The help texts in English. */
export const EN_USAGE = {
  main: `Usage: regiobeeld <command> [options]

Commands:
  validate FILE...             check that each file is a sound Regiobeeld bundle
  merge FILE... -o OUT.json    merge the bundles of one region into one regiobeeld bundle
  report FILE... [--csv-dir DIR] [--html OUT.html]
                               merge the bundles and write the regiobeeld as CSV files for Excel
                               and/or as a self-contained HTML report

Run "regiobeeld <command> --help" for the details of a command.

Language:
  --lang nl|en                 the language of the messages and of the HTML report; without it,
                               the messages are English when the locale (the first set of LC_ALL,
                               LC_MESSAGES and LANG) starts with "en", else Dutch, and the report
                               is Dutch

Exit codes:
  0  done, every file was sound
  1  a file was refused or could not be read, or the result could not be written
  2  the command line was wrong`,
  validate: `Usage: regiobeeld validate FILE...

Checks each file: that it is a Regiobeeld bundle of a version this program reads, that every
record is valid, that no time lies in the future, and that nothing was changed after export.
Prints "ok" with a short description for each sound file and every problem of the others.

Options:
  --lang nl|en  the language of the messages (see "regiobeeld --help")
  -h, --help    show this help

Exit codes: 0 every file is sound, 1 a file was refused or could not be read, 2 wrong usage.`,
  merge: `Usage: regiobeeld merge FILE... -o OUT.json

Merges partner bundles (or earlier merges) of one region into one regiobeeld bundle. For every
record the latest version wins, deletions included; records changed by more than one partner are
listed as conflicts. The output is the same, byte for byte, whatever the order of the files, and
can itself be merged again.

Options:
  -o, --output OUT.json    where to write the merged bundle (required); folders are created,
                           an existing file is replaced only once the new one is complete
  --keys FILE              the key ring: the key trusted for each partner (default
                           ~/.config/regiobeeld/keys.json); made on the first run, a partner's
                           first key is trusted on first use and kept in it
  --accept-key PARTNER-ID  trust this partner's new key in place of the one in the key ring
                           (after comparing its fingerprint with the partner); may be repeated
  --accept-unsigned        let in record versions without a signature (from before Regiobeeld
                           signed records); the report marks them as not signed
  --region CODE            the region to merge (default: the region of most files)
  --lang nl|en             the language of the messages (see "regiobeeld --help")
  -h, --help               show this help

Every record version must be signed by the partner it names as its writer, with the key the key
ring trusts for them. Versions that are not, and versions in a clash with another (an id that
changes type, two versions under one clock time and writer), are named with their file and left
out; the rest of each file is merged. Files that are refused, and files of another region, are
reported and left out. The merge of what is sound is still written, so the work can go on while a
partner repairs a file; the exit code is then 1.

Exit codes: 0 merged every file, 1 a file was refused (the rest was merged) or nothing could be
written, 2 wrong usage.`,
  report: `Usage: regiobeeld report FILE... [--csv-dir DIR] [--html OUT.html] [--lang nl|en]

Merges partner bundles (or earlier merges) of one region, exactly as "merge" does, and writes the
merged regiobeeld as CSV files, as an HTML report, or both (at least one of the two is required).

--csv-dir writes five CSV files for Dutch Excel (";" between cells, decimal comma, dates
as day-month-year, UTF-8; cells in words, the codes in columns of their own):
  waarnemingen.csv        every live observation with its partner, domain, source and figure
  knelpunten.csv          every issue with its evidence, partners, domains and survey priority
  vragenlijsten.csv       every survey question, overall and per domain
  gespreksagenda.csv      the agenda for the joint session, each item with its evidence ids
  herleidingsmatrix.csv   issues down, the plan's goals and actions across: "x" where the item
                          links to the issue, "x (verdacht)" where the issue changed since,
                          "via waarneming" where it links to an observation of the issue
Cells that would start a spreadsheet formula (=, +, -, @) get a leading apostrophe.

--html writes one self-contained page: overview, gespreksagenda, issues, the regional plan with
what each item rests on and the findings on it, survey charts and the sources with their quotes. It
needs no internet and runs no script; print it to PDF from the browser (each section starts on a
new page).

Options:
  --csv-dir DIR      the folder to write the CSV files to; it is created when missing, and existing
                     files of these names are replaced once the new ones are complete
  --html OUT.html    the file to write the HTML report to; folders are created, an existing file
                     is replaced once the new one is complete
  --lang nl|en       the language of the HTML report and of the messages (see "regiobeeld --help")
  --keys FILE, --accept-key PARTNER-ID, --accept-unsigned, --region CODE
                     as for "merge": which keys are trusted, and which region is reported
  -h, --help         show this help

Record versions and files are judged as "merge" judges them; what is refused is reported and left
out, and the rest is still written (exit code 1).

Exit codes: 0 every file was used, 1 a file was refused (the rest was reported) or nothing could be
written, 2 wrong usage.`,
} satisfies Usage;
