"""nrc-search: who said what, when, in which meeting. Search diplomatic transcripts from the shell."""

__version__ = "0.1.0"
