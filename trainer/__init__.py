"""service-trainer: practise customer service and service interviews in the terminal."""

__version__ = "0.1.0"
