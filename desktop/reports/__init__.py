"""The year-end report: its model, the DOCX writer (on an editable template)
and the PDF writer."""
