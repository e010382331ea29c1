;;; emacs_lsp_init.el --- a user's init file for lsp-mode as editors/README.md tells it  -*- lexical-binding: t; -*-
(add-to-list 'load-path (expand-file-name "editors/emacs" (getenv "ANNOTD_E2E_ROOT")))
(require 'annotd)
(setq annotd-settings '(:rules (:unsourced-figure "error")))
;; Batch Emacs cannot answer lsp-mode's questions: the workspace folder is given up front, and nothing is
;; watched or kept in the (scratch) HOME beyond the session.
(setq lsp-session-file (expand-file-name "lsp-session" (getenv "HOME"))
      lsp-enable-file-watchers nil
      lsp-restart 'ignore
      lsp-diagnostics-provider :none
      lsp-enable-snippet nil
      lsp-headerline-breadcrumb-enable nil
      lsp-modeline-code-actions-enable nil
      lsp-modeline-diagnostics-enable nil
      lsp-modeline-workspace-status-enable nil
      lsp-lens-enable nil)
(annotd-lsp-setup)
(lsp-workspace-folders-add (getenv "ANNOTD_E2E_WS"))
