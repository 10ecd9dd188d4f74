"""The one exception type for a project file that cannot be read or written."""


class ProjectError(Exception):
    """A project file is not JSON, not a project, too new, invalid, or cannot be written.

    The message is one plain sentence that says what is wrong and where, ready to show
    to the user, e.g. ``OEE record "Press 2": good count 510 exceeds total count 500``.
    """
