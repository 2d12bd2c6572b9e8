"""Make the README pictures (docs/images/*.svg) from real coach runs.

Runs the real commands in a throwaway data folder, with colour forced on, and turns their
terminal output into SVG with Rich (console.record + save_svg):

* score.svg           `coach score` on one answer
* practice.svg        the interactive editor with its bottom bar (needs tmux; skipped without)
* session-summary.svg the end of a scripted `coach practice` session
* stats.svg           `coach stats` after ten days of practice

The ten days of history are made by scoring real answers with the library and storing them
with past timestamps (the only thing not done through the command line: time travel).

Usage:  python docs/make_screenshots.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 100
MAIN = "import sys; from coach.cli import main; sys.argv[0] = 'coach'; main()"

STRONG = ("Last winter, when I worked at a busy electronics shop, a customer came in furious because "
          "the laptop we had repaired failed again two days later. He had a job interview the next "
          "morning and needed it. My job was to calm him down and get him working again that day. I "
          "listened without interrupting, told him I understood his frustration and apologised that "
          "we had let him down. I explained honestly what had gone wrong: a faulty replacement part. "
          "Then I checked our stock right away, found a new part and asked our technician to fit it "
          "while he waited, and I kept him informed every twenty minutes so he was never left "
          "wondering. I also lent him a spare laptop in case anything else went wrong. The repair was "
          "done within the hour. The next day I called him back to make sure everything worked, and he "
          "told me the interview had gone well. He thanked me, left a five-star review and has been a "
          "regular customer ever since. I learned that staying calm and owning the problem turns anger "
          "into trust.")
MIDDLE = ("When a customer was angry about a late delivery, I listened and said sorry. I told her I "
          "understood her frustration and checked the order straight away. The parcel had gone to the "
          "wrong depot, so I arranged for it to be delivered the next morning and explained what had "
          "happened. She was calmer after that and thanked me. I think the key is to stay calm, be "
          "polite and fix the problem quickly so the customer does not have to wait.")
WEAK = "I would tell them that's policy and that it is not my job to change it."

# (days ago, question, answer): weak at first, better with practice.
HISTORY = [
    (10, "angry-customer", WEAK), (10, "good-service-meaning", MIDDLE),
    (9, "angry-customer", MIDDLE), (8, "problem-stays-fixed", WEAK), (8, "long-queue", MIDDLE),
    (7, "angry-customer", MIDDLE), (6, "problem-stays-fixed", MIDDLE), (5, "good-service-meaning", STRONG),
    (4, "long-queue", WEAK), (3, "angry-customer", STRONG), (3, "problem-stays-fixed", MIDDLE),
    (2, "long-queue", MIDDLE), (1, "good-service-meaning", STRONG), (1, "angry-customer", MIDDLE),
]


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    """Run coach for real and return its (coloured) standard output."""
    proc = subprocess.run([sys.executable, "-c", MAIN, *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"coach {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout


def save(ansi: str, path: Path, title: str) -> None:
    """Terminal output (ANSI) -> SVG through a recording Rich console."""
    console = Console(record=True, width=WIDTH, force_terminal=True, color_system="truecolor",
                      file=open(os.devnull, "w"))  # noqa: SIM115 (closed with the process)
    console.print(Text.from_ansi(ansi.rstrip("\n")), soft_wrap=True)
    console.save_svg(str(path), title=title)
    print(f"wrote {path}")


def seed_history(home: Path) -> None:
    """Ten days of practice, scored by the real engine, stored with past timestamps."""
    os.environ["COACH_HOME"] = str(home)
    from coach import schedule
    from coach.packs import load_pack
    from coach.scoring import score_answer
    from coach.store import Store

    pack = load_pack("customer-service")
    now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    with Store.open() as store:
        for days, qid, answer in HISTORY:
            when = now - timedelta(days=days)
            result = score_answer(pack, qid, answer).to_dict()
            old = store.card(pack.id, qid)
            card = schedule.review(old.card if old else None, result["score"], when)
            store.record_attempt(session=f"day-{days}", pack=pack.id, question=qid,
                                 prompt=pack.question(qid).prompt, answer=answer, result=result,
                                 duration=75.0, time_limit=pack.question(qid).time_limit, card=card,
                                 created=when.isoformat(timespec="microseconds"))


def editor_capture(env: dict[str, str]) -> str | None:
    """The interactive editor mid-answer, from a real terminal (tmux), with its colours."""
    if shutil.which("tmux") is None:
        return None
    sock = f"coach-shots-{os.getpid()}"
    tmux = ["tmux", "-L", sock]
    command = f"{sys.executable} -c \"{MAIN}\" practice -q unwelcome-news; sleep 600"
    subprocess.run([*tmux, "-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", str(WIDTH), "-y", "16",
                    command], env={**env, "TERM": "xterm-256color"}, check=True)
    try:
        deadline = time.monotonic() + 30
        while b"Esc then Enter" not in subprocess.run([*tmux, "capture-pane", "-p", "-t", "s"],
                                                      capture_output=True).stdout:
            if time.monotonic() > deadline:
                return None
            time.sleep(0.1)
        subprocess.run([*tmux, "send-keys", "-t", "s", "-l", "I am honest and say it early, then I "
                        "explain what I can do instead."], check=True)
        subprocess.run([*tmux, "send-keys", "-t", "s", "Enter"], check=True)
        subprocess.run([*tmux, "send-keys", "-t", "s", "-l", "For example, when a part was out of stock"],
                       check=True)
        time.sleep(3.2)  # let the bottom bar's clock tick
        return subprocess.run([*tmux, "capture-pane", "-p", "-e", "-t", "s"], capture_output=True,
                              text=True, check=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coach-shots-") as tmp:
        home = Path(tmp) / "home"
        env = {**os.environ, "COACH_HOME": str(home), "FORCE_COLOR": "1", "COLUMNS": str(WIDTH),
               "TERM": "xterm-256color"}
        env.pop("NO_COLOR", None)
        save(run(["score", "-q", "angry-customer", STRONG.replace("arranged", "arranged, so they would "
                  "not wait again,")], env), out / "score.svg", "coach score")
        screen = editor_capture(env)
        if screen is not None:
            save(screen, out / "practice.svg", "coach practice")
        seed_history(home)
        session = run(["practice", "-q", "angry-customer", "-q", "long-queue", "-q", "problem-stays-fixed"],
                      env, stdin=f"{STRONG}\n.\n{STRONG}\n.\n{WEAK}\n.\n{STRONG}\n")
        at = session.index("Session summary")
        save(session[session.rfind("\n", 0, at) + 1:], out / "session-summary.svg",
             "coach practice: the end of a session")
        save(run(["stats"], env), out / "stats.svg", "coach stats")


if __name__ == "__main__":
    main()
