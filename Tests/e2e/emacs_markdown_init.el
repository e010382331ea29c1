;;; emacs_markdown_init.el --- eglot on Markdown with markdown-mode installed, as editors/README.md tells it  -*- lexical-binding: t; -*-
;; markdown-mode (elpa-markdown-mode) is loaded, so Eglot 1.9 maps .md buffers to marksman by default and
;; offers Markdown hovers: annotd must still be the server that starts (its entry comes first).
(require 'markdown-mode)
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(add-to-list 'load-path (expand-file-name "editors/emacs" (getenv "ANNOTD_E2E_ROOT")))
(require 'annotd)
(setq annotd-settings '(:rules (:unsourced-figure "error")))
(annotd-eglot-setup)
