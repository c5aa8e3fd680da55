"""Cases: the local store of diagnoses, their exports and the clipboard."""
