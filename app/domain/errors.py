"""The two kinds of failure: a person's mistake or the environment, and everything else (bugs)."""


class UserError(Exception):
    """Bad input or a problem in the environment, said in one plain sentence a person can act on.

    The UI shows the message as is; the CLI prints it on one line and exits non-zero.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
