"""How fast is `oudergesprek` where it matters: a look-up at the classroom door.

Plain Python, no extra dependencies. Run it with the interpreter the program is installed in:

    python bench/bench.py                 # everything (a few minutes: the 50k library is large)
    python bench/bench.py --quick         # fewer runs, no 50k library
    python bench/bench.py --runs 31 --sizes 1000,10000,50000

What it does:

1. Builds synthetic school libraries (files of 500 realistic Dutch-ish phrases in the library format of
   README.md, with a vocabulary that keeps growing the way real text does) in a temporary folder.
2. Times each command in a fresh process, alternating with a bare `python -c pass` of the same
   interpreter, N runs each, and prints the median and the ratio to the bare start.
   Config, data and cache folders are temporary (XDG_*), so your own settings are never touched.
3. For each library size: the first (cold, cache-building) look-up and the warm look-up, plus the cost
   per 1,000 phrases so you can see that it grows linearly.
4. `--help`, a look-up in a terminal (rich panels, through a pseudo-terminal), and, if those commands
   exist, `prep --answers ... --output x.pdf` and `cheatsheet --output x.pdf`.
5. Which heavy modules a warm look-up imports (it should import none of typer, rich, yaml, fpdf).

Nothing is asserted: the figures are for people. The targets are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "ouder huilt"
PER_FILE = 500
TARGET_START_RATIO = 4.0
TARGET_LOOKUP_10K = 0.5

# ---------------------------------------------------------------------------------------------------
# Synthetic libraries
# ---------------------------------------------------------------------------------------------------

SKILLS = ["rolhelderheid", "constructieve-communicatie", "regie-houden", "voorbereiding", "flexibiliteit"]
CATEGORIES = [
    "opening",
    "ontvangstbevestiging",
    "doorvragen",
    "samenvatten",
    "structureren",
    "slecht-nieuws",
    "erkenning",
    "begrenzen",
    "afbakenen",
    "afspraak",
    "afsluiten",
    "waarderen",
    "samenwerken",
]
SITUATIONS = [
    "startgesprek",
    "rapportgesprek",
    "slecht-nieuws",
    "zorg-leren",
    "zorg-gedrag",
    "pesten",
    "meer-uitdaging",
    "boze-ouder",
    "kritische-ouder",
    "emotionele-ouder",
    "verbale-agressie",
    "deurgesprek",
    "opvoedvraag",
    "gescheiden-ouders",
    "taalbarriere",
    "haal-en-brengmoment",
]

# Common words: every school library uses them over and over.
TOPICS = [
    "rekenen",
    "lezen",
    "spelling",
    "huiswerk",
    "gedrag",
    "de pauze",
    "de gymles",
    "de toets",
    "het rapport",
    "de klas",
    "het plein",
    "de overgang",
    "het werktempo",
    "de concentratie",
    "de vriendschappen",
    "het begrijpend lezen",
    "de taalles",
    "de schrijfopdracht",
    "de werkhouding",
    "de zelfstandigheid",
    "het samenwerken",
    "de motivatie",
    "de planning",
    "de weektaak",
    "het leesniveau",
    "de tafels",
    "de woordenschat",
    "de rust in de klas",
    "het buitenspelen",
]
FEELINGS = ["zorgen", "twijfels", "vragen", "ergernis", "verdriet", "onrust", "teleurstelling", "boosheid"]
PEOPLE = ["de intern begeleider", "de directeur", "de collega van groep drie", "de remedial teacher", "{collega}"]
TIMES = ["volgende week", "na de vakantie", "over twee weken", "op {datum}", "om {tijd}", "vrijdagmiddag"]

# Rare words: Dutch compounds built from parts, drawn with a Zipf-like law so that a bigger library
# keeps meeting new words (Heaps' law), as real phrase collections do.
FIRST = (
    "reken lees taal speel school klas gym pauze huis werk toets schrijf zorg groep ouder kinder leer plein "
    "overblijf zwem muziek teken knutsel voorlees spreek luister denk kijk hulp thuis sport fiets lunch fruit "
    "jaar week dag avond ochtend middag rust plan doel stap kring hoek boek verhaal woord zin letter cijfer "
    "tafel project thema natuur wereld verkeer computer tablet samen vriend buiten binnen"
).split()
SECOND = (
    "les uur plan doel boek moment gesprek groep hoek toets werk opdracht resultaat niveau achterstand "
    "voortgang afspraak regel kring tijd vraag ritme schema lijst taak spel score vaardigheid ontwikkeling "
    "signaal verslag overzicht traject plek maatje aanpak route kaart"
).split()
THIRD = "en je jes s tje ing heid".split()

TEMPLATES = {
    "opening": [
        "Fijn dat {U} er bent. Ik wil het vandaag hebben over {T}, en vooral over {W1}.",
        "Goed dat we elkaar even spreken over {kind}. Het gaat over {T} en {W1}.",
        "{DANK} voor het komen. Zullen we beginnen bij {W1}?",
    ],
    "ontvangstbevestiging": [
        "Ik hoor dat {U} {F} hebt over {T}. Dat neem ik serieus, ook al is er nu weinig tijd.",
        "{DANK} dat {U} het meteen zegt. Ik kom er {TIME} op terug, samen met {W1}.",
        "Ik zie dat {W1} {U_OBJ} raakt. Ik schrijf het op en bel {U_OBJ} {TIME}.",
    ],
    "doorvragen": [
        "Wat {BEDOELT} {U} precies met {W1}? Ik wil het goed begrijpen.",
        "{KUNT} {U} een voorbeeld geven van {W1} thuis, bij {T}?",
        "Sinds wanneer {MERKT} {U} dat {kind} moeite heeft met {T}?",
    ],
    "samenvatten": [
        "Als ik het goed begrijp, zit {U} met {F} over {T} en over {W1}. Klopt dat?",
        "Dus {W1} en {W2} spelen allebei mee. Heb ik dat zo goed samengevat?",
    ],
    "structureren": [
        "Ik hoor drie dingen: {T}, {W1} en {W2}. Zullen we ze een voor een bespreken?",
        "We hebben tot {tijd}. Eerst {T}, daarna {W1}. Is dat goed voor {U_OBJ}?",
    ],
    "slecht-nieuws": [
        "Ik heb geen goed nieuws over {T}. {kind} loopt achter met {W1}.",
        "Ik wil {U_OBJ} meteen vertellen waar ik {F} over heb: {T} en {W1}.",
    ],
    "erkenning": [
        "Ik begrijp dat dit {U_OBJ} boos maakt. {W1} is voor {kind} echt belangrijk.",
        "Dat moet lastig zijn, met {F} over {T}. Ik zie hoe betrokken {U} bent.",
    ],
    "begrenzen": [
        "Ik wil graag met {U_OBJ} verder praten over {W1}, maar niet op deze toon.",
        "Ik stop het gesprek nu. We plannen {TIME} een nieuw moment met {P}.",
    ],
    "afbakenen": [
        "Over {W1} kan ik niets zeggen; dat is aan {P}. Over {T} wel.",
        "Dat valt buiten mijn rol. Ik breng {U_OBJ} graag in contact met {P} over {W1}.",
    ],
    "afspraak": [
        "Zullen we afspreken dat we {TIME} kijken hoe het gaat met {T} en {W1}?",
        "Ik noteer de afspraak: {W1} thuis, {W2} in de klas, en {TIME} bellen we.",
    ],
    "afsluiten": [
        "{DANK} voor dit gesprek over {T}. We houden elkaar op de hoogte over {W1}.",
        "We hebben veel besproken: {W1} en {W2}. Ik stuur {U_OBJ} {TIME} een korte samenvatting.",
    ],
    "waarderen": [
        "Wat fijn dat {U} zo meedenkt over {T}. {kind} merkt dat ook bij {W1}.",
        "Ik zie hoeveel {U} doet voor {W1}. Dat helpt {kind} echt.",
    ],
    "samenwerken": [
        "Wat werkt er thuis bij {T}? Dan probeer ik dat in de klas bij {W1}.",
        "Laten we samen kijken wat {kind} nodig heeft bij {W1} en {W2}.",
    ],
}
WHY = [
    "Zo voelt de ouder zich gehoord en blijft het gesprek over {W1} gaan.",
    "Een concrete vraag over {W1} haalt de spanning weg en geeft houvast.",
    "Het kind staat centraal; {W1} en {T} zijn het gezamenlijke doel.",
    "Heldere taal over {W1} voorkomt misverstanden en bouwt vertrouwen op.",
    "Eerst erkennen, dan pas uitleggen over {T}: dat werkt beter dan verdedigen.",
]
FORMS = {
    "u": {"{U}": "u", "{U_OBJ}": "u", "{DANK}": "Dank u", "{BEDOELT}": "bedoelt", "{KUNT}": "Kunt", "{MERKT}": "merkt"},
    "je": {
        "{U}": "je",
        "{U_OBJ}": "jou",
        "{DANK}": "Dank je",
        "{BEDOELT}": "bedoel",
        "{KUNT}": "Kun",
        "{MERKT}": "merk",
    },
}


def rare_word(rank: int) -> str:
    """The word of a given frequency rank: compounds of two parts first, then of three."""
    first, second = FIRST[rank % len(FIRST)], SECOND[(rank // len(FIRST)) % len(SECOND)]
    rest = rank // (len(FIRST) * len(SECOND))
    if rest == 0:
        return first + second
    if rest < len(THIRD):
        return first + second + THIRD[rest]
    rest -= len(THIRD)
    return first + SECOND[rest % len(SECOND)] + FIRST[(rest // len(SECOND)) % len(FIRST)] + second


def zipf_word(rng: random.Random) -> str:
    rank = int(rng.paretovariate(0.3)) - 1
    return rare_word(rank % 5_000_000)


def make_phrase(rng: random.Random, category: str) -> tuple[str, str, str]:
    template = rng.choice(TEMPLATES[category])
    fills = {
        "{T}": rng.choice(TOPICS),
        "{F}": rng.choice(FEELINGS),
        "{P}": rng.choice(PEOPLE),
        "{TIME}": rng.choice(TIMES),
        "{W1}": "de " + zipf_word(rng),
        "{W2}": "het " + zipf_word(rng),
    }
    for key, value in fills.items():
        template = template.replace(key, value)
    texts = {}
    for form, pronouns in FORMS.items():
        text = template
        for key, value in pronouns.items():
            text = text.replace(key, value)
        texts[form] = text[0].upper() + text[1:]
    why = rng.choice(WHY)
    for key, value in fills.items():
        why = why.replace(key, value)
    return texts["u"], texts["je"], why


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_library(folder: Path, size: int, seed: int = 2024) -> None:
    """`size` phrases in files of PER_FILE, one skill per file, ids unique across the library."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range((size + PER_FILE - 1) // PER_FILE):
        skill = SKILLS[number % len(SKILLS)]
        lines = [f"vaardigheid: {skill}", f"uitleg: Zinnen van de school over {skill.replace('-', ' ')}.", "zinnen:"]
        for i in range(min(PER_FILE, size - number * PER_FILE)):
            category = rng.choice(CATEGORIES)
            situations = rng.sample(SITUATIONS, rng.randint(1, 3))
            text_u, text_je, why = make_phrase(rng, category)
            lines += [
                f"  - id: school-{number:03d}-{i:04d}-{category}",
                f"    soort: {category}",
                f"    situaties: [{', '.join(situations)}]",
                "    tekst:",
                f"      u: {quote(text_u)}",
                f"      je: {quote(text_je)}",
                f"    waarom: {quote(why)}",
                "",
            ]
        path = folder / f"school-{number:03d}.yaml"
        path.write_text("\n".join(lines), encoding="utf-8")
        # A school library was not edited a second ago: files that changed just now are not cached yet.
        os.utime(path, (time.time() - 86400, time.time() - 86400))


# ---------------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------------


def run_once(cmd: list[str], env: dict, tty: bool = False) -> float:
    if tty:
        return run_in_pty(cmd, env)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run_in_pty(cmd: list[str], env: dict) -> float:
    """Run with stdout on a pseudo-terminal, as in a real terminal; the output is read and dropped."""
    import pty

    leader, follower = pty.openpty()
    drained = threading.Thread(target=_drain, args=(leader,), daemon=True)
    drained.start()
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=subprocess.DEVNULL)
    took = time.perf_counter() - start
    os.close(follower)
    drained.join(timeout=5)
    os.close(leader)
    return took


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


class Bench:
    def __init__(self, exe: str, env: dict, runs: int) -> None:
        self.exe = exe
        self.env = env
        self.runs = runs
        self.bare_times: list[float] = []

    @property
    def bare(self) -> float:
        return statistics.median(self.bare_times)

    def alternate(self, commands: dict[str, tuple[list[str], dict, bool]]) -> dict[str, float]:
        """Each round: bare start, command, bare start, next command ...; medians per command."""
        times: dict[str, list[float]] = {name: [] for name in commands}
        bare = [sys.executable, "-c", "pass"]
        for cmd, env, tty in commands.values():  # warm-up: caches, disk, page cache
            run_once(cmd, env, tty)
        for _ in range(self.runs):
            for name, (cmd, env, tty) in commands.items():
                self.bare_times.append(run_once(bare, self.env))
                times[name].append(run_once(cmd, env, tty))
        return {name: statistics.median(values) for name, values in times.items()}


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def show(name: str, seconds: float, bare: float, target: str = "") -> None:
    print(f"  {name:<52} {fmt(seconds)}  {seconds / bare:6.1f}x   {target}")


def heavy_imports(env: dict, args: list[str]) -> list[str]:
    """Top-level packages a command imports that a look-up should not need."""
    watched = ("typer", "rich", "yaml", "fpdf", "pydantic", "markdown_it", "click", "pygments", "PIL")
    script = (
        "import sys\nimport oudergesprek.cli.entry as entry\n"
        "sys.argv = ['oudergesprek'] + sys.argv[1:]\n"
        "try:\n    entry.main()\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=False)
    loaded = set(done.stderr.strip().splitlines()[-1].split()) if done.stderr.strip() else set()
    return [name for name in watched if name in loaded]


def importtime(exe: str, env: dict, args: list[str], top: int) -> list[tuple[int, str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", exe, *args], env=env, capture_output=True, text=True, check=False
    )
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S+)", line)  # one space: a top-level import
        if match:
            rows.append((int(match.group(1)), match.group(2)))
    return sorted(rows, reverse=True)[:top]


def commands_available(exe: str, env: dict) -> set[str]:
    done = subprocess.run([exe, "--help"], env=env, capture_output=True, text=True, check=False)
    return set(re.findall(r"^\W*([a-z][a-z-]+)\s{2,}", done.stdout, flags=re.MULTILINE))


def clear_cache(env: dict) -> None:
    shutil.rmtree(Path(env["XDG_CACHE_HOME"]) / "oudergesprek", ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per figure (median); default 21")
    parser.add_argument("--cold-runs", type=int, default=3, help="cache-building runs per library size")
    parser.add_argument("--sizes", help="library sizes, comma separated; default 1000,10000,50000")
    parser.add_argument("--quick", action="store_true", help="7 runs, 1 cold run, sizes 1000 and 10000")
    parser.add_argument("--keep", type=Path, help="build the libraries here and keep them")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE if set (every start then compiles the program's modules again)",
    )
    args = parser.parse_args()
    if args.quick:
        args.runs, args.cold_runs, args.sizes = 7, 1, args.sizes or "1000,10000"
    args.sizes = args.sizes or "1000,10000,50000"
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    beside = Path(sys.executable).parent / ("oudergesprek.exe" if os.name == "nt" else "oudergesprek")
    exe = str(beside) if beside.exists() else shutil.which("oudergesprek")
    if not exe:
        print("Het commando oudergesprek is niet gevonden; installeer eerst het project.", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="oudergesprek-bench-"))
    base = args.keep or work
    env = {k: v for k, v in os.environ.items() if k not in ("OUDERGESPREK_LIBRARY", "NO_COLOR", "FORCE_COLOR")}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        (work / var.lower()).mkdir()
        env[var] = str(work / var.lower())
    env["COLUMNS"] = "100"
    bytecode_note = "bytecode zoals na een gewone installatie (PYTHONPYCACHEPREFIX in een tijdelijke map)"
    if env.get("PYTHONDONTWRITEBYTECODE") and not args.as_is:
        del env["PYTHONDONTWRITEBYTECODE"]
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    elif env.get("PYTHONDONTWRITEBYTECODE"):
        bytecode_note = "zonder bytecode-cache (PYTHONDONTWRITEBYTECODE): elke start compileert opnieuw"
    else:
        bytecode_note = "bytecode-cache zoals ingesteld"
    settings_env = {**env, "XDG_CONFIG_HOME": str(work / "config-met-instellingen")}
    (work / "config-met-instellingen" / "oudergesprek").mkdir(parents=True)
    (work / "config-met-instellingen" / "oudergesprek" / "instellingen.yaml").write_text(
        "aanspreekvorm: je\n", encoding="utf-8"
    )
    term_env = {**env, "TERM": "xterm-256color"}
    bench = Bench(exe, env, args.runs)

    cpu = next(
        (line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines() if "model name" in line), "?"
    )
    print(f"oudergesprek bench: {sys.version.split()[0]}, {os.cpu_count()} cpu's ({cpu}), {args.runs} runs per figure")
    print(f"programma: {exe}; {bytecode_note}\n")

    try:
        libraries = {}
        for size in sizes:
            folder = base / f"bibliotheek-{size}"
            if not folder.is_dir():
                started = time.perf_counter()
                write_library(folder, size)
                print(f"  bibliotheek van {size} zinnen gemaakt in {time.perf_counter() - started:.1f} s")
            libraries[size] = folder
        print()

        lookup = [exe, "phrase", QUERY]
        # Once through every code path, so that the cold figures below are about the library, not about
        # Python compiling the program's modules for the first time.
        first = {**env, "OUDERGESPREK_LIBRARY": str(libraries[min(libraries)])} if libraries else env
        for cmd in (lookup, [exe, "--help"], [sys.executable, "-c", "pass"]):
            subprocess.run(cmd, env=first, capture_output=True, check=False)
        cold: dict[int, float] = {}
        for size, folder in libraries.items():
            lib_env = {**env, "OUDERGESPREK_LIBRARY": str(folder)}
            times = []
            for _ in range(max(1, args.cold_runs)):
                clear_cache(env)
                start = time.perf_counter()
                done = subprocess.run(lookup, env=lib_env, capture_output=True, text=True, check=False)
                times.append(time.perf_counter() - start)
                if done.returncode != 0 or "Let op" in done.stderr:
                    print(f"  bibliotheek {size}: onverwacht resultaat\n{done.stderr}", file=sys.stderr)
                    return 1
            cold[size] = statistics.median(times)
        clear_cache(env)

        warm = {
            f'phrase "{QUERY}"': (lookup, env, False),
            f'phrase "{QUERY}" --json': (lookup + ["--json"], env, False),
            "phrase samenvaten --soort samenvatten -n 3": (
                [exe, "phrase", "samenvaten", "--soort", "samenvatten", "-n", "3"],
                env,
                False,
            ),
            "phrase samenvaten (tikfout)": ([exe, "phrase", "samenvaten"], env, False),
            f'phrase "{QUERY}", met instellingenbestand': (lookup, settings_env, False),
            "--help": ([exe, "--help"], env, False),
            "phrase --help": ([exe, "phrase", "--help"], env, False),
        }
        for size, folder in libraries.items():
            warm[f'phrase "{QUERY}", bibliotheek {size:>6}'] = (
                lookup,
                {**env, "OUDERGESPREK_LIBRARY": str(folder)},
                False,
            )
        if os.name == "posix":
            warm[f'phrase "{QUERY}" in een terminal (rich)'] = (lookup, term_env, True)
            warm["--help in een terminal (rich)"] = ([exe, "--help"], term_env, True)
        medians = bench.alternate(warm)

        bare = bench.bare
        print(f"  {'':<52} {'mediaan':>11}  {'ratio':>6}   doel")
        show("python -c pass (kale start)", bare, bare)
        for name, seconds in medians.items():
            target = ""
            if name.startswith("phrase") and "bibliotheek" not in name:
                target = f"<= {TARGET_START_RATIO:.0f}x" if "terminal" not in name else "(rich mag)"
            if "help" in name:
                target = f"zo snel als een look-up (<= {TARGET_START_RATIO:.0f}x)" if "terminal" not in name else ""
            if name.endswith(f"bibliotheek {10000:>6}"):
                target = f"< {TARGET_LOOKUP_10K * 1000:.0f} ms"
            show(name, seconds, bare, target)

        print("\n  eerste look-up (koud: bibliotheek lezen, index bouwen, cache schrijven)")
        for size, seconds in cold.items():
            show(f"bibliotheek {size:>6}, koud", seconds, bare)

        print("\n  groei: warme look-up min de look-up zonder schoolbibliotheek, per 1.000 zinnen")
        plain = medians[f'phrase "{QUERY}"']
        for size in libraries:
            extra = medians[f'phrase "{QUERY}", bibliotheek {size:>6}'] - plain
            print(
                f"  {f'bibliotheek {size:>6}':<52} {fmt(extra / size * 1000)}  (koud: {fmt(cold[size] / size * 1000)})"
            )

        available = commands_available(exe, env)
        print()
        documents = {}
        examples = sorted((ROOT / "examples").glob("*.y*ml")) if (ROOT / "examples").is_dir() else []
        if "prep" in available and examples:
            documents[f"prep --answers {examples[0].name} --output x.pdf"] = [
                exe,
                "prep",
                "--answers",
                str(examples[0]),
                "--output",
                str(work / "prep.pdf"),
                "--force",
            ]
        elif "prep" in available:
            print("  prep: overgeslagen, geen antwoordenbestand in examples/")
        else:
            print("  prep: overgeslagen, de opdracht bestaat (nog) niet")
        if "cheatsheet" in available:
            documents["cheatsheet --output x.pdf"] = [exe, "cheatsheet", "--output", str(work / "s.pdf"), "--force"]
        else:
            print("  cheatsheet: overgeslagen, de opdracht bestaat (nog) niet")
        for name, cmd in list(documents.items()):
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"  {name}: overgeslagen, afsluitcode {done.returncode}: {done.stderr.strip()[:200]}")
                del documents[name]
        if documents:
            doc_medians = bench.alternate({name: (cmd, env, False) for name, cmd in documents.items()})
            for name, seconds in doc_medians.items():
                show(name, seconds, bench.bare)

        print("\n  zware modules bij een warme look-up (in een pijp):", end=" ")
        heavy = heavy_imports(env, ["phrase", QUERY])
        print(", ".join(heavy) if heavy else "geen (geen typer, rich, yaml of fpdf)")
        print(f'  grootste imports van phrase "{QUERY}" (python -X importtime, cumulatief):')
        for micros, module in importtime(exe, env, ["phrase", QUERY], 8):
            print(f"    {micros / 1000:6.1f} ms  {module}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


if __name__ == "__main__":
    sys.exit(main())
