"""`horrible python ARGS...`: the embedded interpreter's command line (`horrible._host.main`).

Like `python`: `-m module args`, `-c code args`, `script args`, or an interactive console.
"""

import code
import runpy
import sys


def main(args: list[str]) -> None:
    if args[:1] == ["-m"] and len(args) > 1:
        sys.argv = [args[1], *args[2:]]
        sys.path.insert(0, "")
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    elif args[:1] == ["-c"] and len(args) > 1:
        sys.argv = ["-c", *args[2:]]
        sys.path.insert(0, "")
        exec(compile(args[1], "<string>", "exec"), {"__name__": "__main__"})
    elif args:
        sys.argv = list(args)
        runpy.run_path(args[0], run_name="__main__")
    else:
        sys.argv = [""]
        code.interact(banner="horrible python " + sys.version, exitmsg="")
