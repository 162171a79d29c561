"""Help is the documentation: every command has a summary and an example."""
import pytest
from click.testing import CliRunner

from whosaid.cli import cli

COMMANDS = sorted(cli.commands)


def test_the_commands():
    assert COMMANDS == ["extract", "index", "info", "search", "show", "speakers"]


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, command + ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "whosaid " in result.output.split("Example:")[1]
