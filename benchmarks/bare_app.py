"""The baseline for start-up: a bare Typer app with one command that prints a line with rich."""

import typer
from rich.console import Console

app = typer.Typer()


@app.command()
def hello() -> None:
    """Print one line."""
    Console().print("[bold]hello[/] from a bare Typer app")


@app.command()
def other() -> None:
    """A second command, so that the app is a group like walletsupport."""


if __name__ == "__main__":
    app()
