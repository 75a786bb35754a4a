#!/bin/sh
# heldout18: print report.docx and plan.docx to PDF with LibreOffice (headless).
# Run from anywhere:  sh bench/gold/heldout18/print_pdfs.sh
# Tested with LibreOffice 7.4.7.2 and the Liberation fonts (Times New Roman is
# substituted by Liberation Serif, which has the same metrics).
set -e
cd "$(dirname "$0")"
soffice --headless --convert-to pdf --outdir . report.docx plan.docx
