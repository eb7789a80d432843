"""The command line: the Typer app, its Dutch adapter, the fast path and the commands."""
