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
actors, sourceCues, vagueCues, maxFileBytes, inlayHints.  Lists are
vectors (:include [\"*.md\"]): Emacs serializes a list as an object."
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

(defconst annotd-eglot-markdown-entry
  '(((markdown-mode :language-id "markdown")
     (gfm-mode :language-id "markdown"))
    . annotd-eglot-contact)
  "The `eglot-server-programs' entry that puts annotd first in Markdown buffers.")

;;;###autoload
(defun annotd-eglot-setup ()
  "Register annotd with eglot and start it in `annotd-modes' buffers.
Eglot runs one server per buffer and takes the first entry of
`eglot-server-programs' whose mode the buffer's mode is or derives
from.  Eglot 1.9 already maps `markdown-mode' to marksman, so
annotd's Markdown entry goes to the front: in Markdown buffers
annotd wins.  The plain-text entry is appended instead: `text-mode'
is the parent of `tex-mode', `html-mode' (through `sgml-mode') and
others, and first in the list it would take their buffers from
their own servers.  To keep another Markdown server, remove the
first entry (`annotd-eglot-markdown-entry') after this call."
  (require 'eglot)
  (add-to-list 'eglot-server-programs annotd-eglot-markdown-entry)
  (add-to-list 'eglot-server-programs
               `(((text-mode :language-id "plaintext")
                  (markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown"))
                 . annotd-eglot-contact)
               t)
  (add-hook 'text-mode-hook #'annotd-eglot-ensure))

;;;; lsp-mode

(defconst annotd-setting-keys
  '("include" "exclude" "rules" "conflictTolerance" "actors" "sourceCues" "vagueCues"
    "maxFileBytes" "inlayHints")
  "The keys of the annotd settings section (SPEC §7).")

(defun annotd--setting-function (key)
  "A function of no arguments giving KEY's value in `annotd-settings'."
  (let ((property (intern (concat ":" key))))
    (lambda () (plist-get annotd-settings property))))

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
  ;; lsp-mode answers workspace/configuration for "annotd" only from paths below it ("annotd.rules", not
  ;; "annotd": `lsp-configuration-section' matches "annotd\\..*"), so each key is registered on its own.
  (lsp-register-custom-settings
   (mapcar (lambda (key) (list (concat "annotd." key) (annotd--setting-function key)))
           annotd-setting-keys))
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
