;;; emacs_init.el --- a user's init file as editors/README.md tells it (eglot section)  -*- lexical-binding: t; -*-
(add-to-list 'load-path (expand-file-name "editors/emacs" (getenv "ANNOTD_E2E_ROOT")))
(require 'annotd)
(setq annotd-settings '(:rules (:unsourced-figure "error")))
(annotd-eglot-setup)
