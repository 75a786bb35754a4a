#!/bin/sh
# heldout19: print report.docx to PDF with LibreOffice (headless).
# Run from anywhere:  sh bench/gold/heldout19/print_pdfs.sh
# Tested with LibreOffice 7.4.7.2 and the Liberation fonts (Arial is substituted by
# Liberation Sans, which has the same metrics).
set -e
cd "$(dirname "$0")"
soffice --headless --convert-to pdf --outdir . report.docx
