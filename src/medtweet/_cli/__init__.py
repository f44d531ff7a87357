"""The ``medtweet`` command line (private; the entry point is :func:`medtweet.cli.main`)."""
