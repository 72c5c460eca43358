"""The opt-in compiled build: ``NEWSDOC_MYPYC=1 pip install .`` compiles newsdoc with mypyc.

hatchling runs this hook on every build of the wheel. Without ``NEWSDOC_MYPYC=1`` it does
nothing and asks for nothing, so ``pip install .`` builds the pure package, as it always
has, with no C compiler. With it, the hook asks the build front end for hatch-mypyc, the
mypy that compiles, the stubs mypy needs and the run-time dependencies (the table's
``mypyc-dependencies``, then ``project.dependencies``), and hands its own table
(``include``, ``exclude``, ``mypy-args``, ``options``) to hatch-mypyc's hook, as black's
``[tool.hatch.build.targets.wheel.hooks.mypyc]`` does. The modules it selects go into the
wheel as extension modules beside their source; the others stay pure.

hatch-mypyc builds the extension modules in the source tree (it hides pyproject.toml while
setuptools runs, since that setuptools cannot read it). Once the wheel is written this hook
removes them again, so that the source tree, and an editable install of it, stays pure
Python. An editable install is never compiled: the extension modules would shadow the
source being edited.

Which build is running is ``newsdoc.COMPILED``; docs/performance.md has the commands.
"""

from __future__ import annotations

import os
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SWITCH = "NEWSDOC_MYPYC"


def _wanted() -> bool:
    """Whether this build compiles: ``NEWSDOC_MYPYC`` is ``1`` or ``true`` (as hatchling reads its own switches)."""
    return os.environ.get(SWITCH, "").strip().lower() in {"1", "true"}


class CompileWithMypyc(BuildHookInterface[BuilderConfig]):
    """hatch-mypyc's hook, run only when ``NEWSDOC_MYPYC=1``."""

    PLUGIN_NAME = "custom"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mypyc: Any = None

    def dependencies(self) -> list[str]:
        """What the build needs on top of hatchling: nothing for the pure build."""
        if not _wanted():
            return []
        wanted = self.config.get("mypyc-dependencies", [])
        if not isinstance(wanted, list) or not all(isinstance(d, str) for d in wanted):
            msg = "Option `mypyc-dependencies` of the custom build hook must be an array of strings"
            raise TypeError(msg)
        return [*wanted, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the selected modules into the wheel, when asked to."""
        if not _wanted() or self.target_name != "wheel":
            return
        if version == "editable":
            self.app.display_warning(f"{SWITCH}=1: an editable install is not compiled; this one is pure Python")
            return
        from hatch_mypyc.plugin import MypycBuildHook  # noqa: PLC0415 (installed for this build only)

        self.app.display_info(f"{SWITCH}=1: compiling newsdoc with mypyc")
        self._mypyc = MypycBuildHook(
            self.root, self.config, self.build_config, self.metadata, self.directory, self.target_name, self.app
        )
        self._mypyc.initialize(version, build_data)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Take the extension modules out of the source tree once the wheel holds them."""
        if self._mypyc is not None:
            self._mypyc.clean([version])
