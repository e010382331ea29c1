;;; annotd.el --- annotd language server for eglot and lsp-mode  -*- lexical-binding: t; -*-

;; Attaches annotd (claims, sources and conflicting figures in prose) to plain text and Markdown buffers.
;;
;;   (add-to-list 'load-path "/path/to/annotd/editors/emacs")
;;   (require 'annotd)
;;   (annotd-eglot-setup)     ; eglot (built into Emacs 29+, package elpa-eglot on Debian's Emacs 28)
;;   ;; or
;;   (annotd-lsp-setup)       ; lsp-mode
;;
;; Settings (the `annotd' section of editors/README.md and SPEC §7) go in `annotd-settings'.

;;; Code:

(require 'cl-lib)

(defgroup annotd nil
  "The annotd language server for prose."
  :group 'tools
  :prefix "annotd-")

(defcustom annotd-program "annotd"
  "The annotd executable: a name looked up on `exec-path', or an absolute path."
  :type 'string)

(defcustom annotd-modes '(text-mode markdown-mode gfm-mode)
  "Major modes in which annotd starts.
Exact modes, not their descendants: `org-mode', `latex-mode' and
`git-commit' buffers derive from `text-mode' but are left alone
unless listed here."
  :type '(repeat symbol))

(defcustom annotd-settings nil
  "The annotd settings, as a plist, e.g. (:rules (:named-actor \"off\")).
Sent as initializationOptions (under :annotd) and answered to the
server's workspace/configuration requests for the section
\"annotd\".  Keys: include, exclude, rules, conflictTolerance,
actors, sourceCues, vagueCues, maxFileBytes."
  :type 'plist)

(defun annotd--settings ()
  "`annotd-settings' as a JSON object (an empty one when unset)."
  (or annotd-settings (make-hash-table)))

(defun annotd--command ()
  "The command line that starts the server on stdio."
  (list annotd-program "--stdio"))

(defun annotd--wanted-p ()
  "Non-nil when the current buffer is one annotd should attach to."
  (and buffer-file-name (memq major-mode annotd-modes) t))

;;;; eglot

(defvar eglot-server-programs)
(declare-function eglot-ensure "eglot")

(defun annotd--eglot-initialization-options (_server)
  "initializationOptions for eglot."
  (list :annotd (annotd--settings)))

(defun annotd-eglot-contact (&optional _interactive)
  "The `eglot-server-programs' contact for annotd."
  (append (annotd--command)
          (list :initializationOptions #'annotd--eglot-initialization-options)))

(defun annotd-eglot-ensure ()
  "Start eglot with annotd in this buffer when its mode is in `annotd-modes'."
  (when (annotd--wanted-p) (eglot-ensure)))

;;;###autoload
(defun annotd-eglot-setup ()
  "Register annotd with eglot and start it in `annotd-modes' buffers.
The entry is appended to `eglot-server-programs', so a server
registered for a mode derived from `text-mode' (TeX, Org...) keeps
that mode.  Eglot runs one server per buffer: to prefer annotd over
another Markdown server, move its entry to the front."
  (require 'eglot)
  (add-to-list 'eglot-server-programs
               `(((markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown")
                  (text-mode :language-id "plaintext"))
                 . annotd-eglot-contact)
               t)
  (add-hook 'text-mode-hook #'annotd-eglot-ensure))

;;;; lsp-mode

(defvar lsp-language-id-configuration)
(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-activate-on "lsp-mode")
(declare-function lsp-register-custom-settings "lsp-mode")
(declare-function lsp-deferred "lsp-mode")

(defun annotd-lsp-ensure ()
  "Start lsp-mode in this buffer when its mode is in `annotd-modes'."
  (when (annotd--wanted-p) (lsp-deferred)))

;;;###autoload
(defun annotd-lsp-setup ()
  "Register annotd with lsp-mode and start it in `annotd-modes' buffers.
annotd runs as an add-on: alongside another Markdown server, not
instead of it."
  (require 'lsp-mode)
  (add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))
  (add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
  (add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))
  ;; workspace/configuration "annotd" is answered from `annotd-settings'.
  (lsp-register-custom-settings '(("annotd" annotd--settings)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'annotd--command)
    :activation-fn (lsp-activate-on "plaintext" "markdown")
    :major-modes annotd-modes
    :server-id 'annotd
    :add-on? t
    :initialization-options (lambda () (list :annotd (annotd--settings)))))
  (add-hook 'text-mode-hook #'annotd-lsp-ensure))

(provide 'annotd)
;;; annotd.el ends here
