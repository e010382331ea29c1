;;; emacs_test.el --- drives eglot in batch Emacs against annotd  -*- lexical-binding: t; -*-
;; Loaded after emacs_init.el: opens the seed as a user would, then asserts on what Emacs itself received
;; (Flymake's diagnostics through eglot, eglot's hover) and writes "ok …"/"FAIL …" lines to
;; $ANNOTD_E2E_RESULTS.

(require 'cl-lib)
(require 'subr-x)

(defvar e2e-results nil)

(defun e2e-check (pass what &optional detail)
  (push (concat (if pass "ok " "FAIL ") "emacs: " what
                (if (and (not pass) detail) (format " (%s)" detail) ""))
        e2e-results)
  pass)

(defun e2e-wait (seconds pred)
  "Run the event loop until PRED holds or SECONDS pass; PRED's last value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      ;; Batch Emacs has no command loop: run what it would run between commands.
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.02))
    value))

(defun e2e-finish ()
  (with-temp-file (getenv "ANNOTD_E2E_RESULTS")
    (insert (mapconcat #'identity (reverse e2e-results) "\n") "\n"))
  (kill-emacs 0))

(defun e2e-expected ()
  "The unsourced \"6 million\" figure in the seed and a conflict on its line, from annotd lint's JSON."
  (let* ((seed (file-name-nondirectory (getenv "ANNOTD_E2E_FILE")))
         (json (with-temp-buffer
                 (insert-file-contents (getenv "ANNOTD_E2E_EXPECTED"))
                 (json-parse-buffer :object-type 'plist :array-type 'list)))
         (file (cl-find-if (lambda (f) (string-suffix-p seed (plist-get f :path))) (plist-get json :files)))
         (diags (plist-get file :diagnostics))
         (figure (cl-find-if (lambda (d)
                               (and (equal (plist-get d :code) "unsourced-figure")
                                    (string-match-p "6 million" (plist-get (plist-get (plist-get d :data) :figure) :text))))
                             diags))
         (line (and figure (plist-get (plist-get (plist-get figure :range) :start) :line)))
         (conflict (cl-find-if (lambda (d)
                                 (and (equal (plist-get d :code) "conflicting-figure")
                                      (equal (plist-get (plist-get (plist-get d :range) :start) :line) line)))
                               diags)))
    (list figure conflict)))

(defun e2e-run ()
  (pcase-let* ((`(,figure ,conflict) (e2e-expected))
               (seed (file-name-nondirectory (getenv "ANNOTD_E2E_FILE"))))
    (when (e2e-check figure (format "annotd lint reports the \"6 million\" unsourced figure in %s" seed))
      (let* ((start (plist-get (plist-get figure :range) :start))
             (line0 (plist-get start :line))
             (char0 (plist-get start :character))
             (text (plist-get (plist-get (plist-get figure :data) :figure) :text))
             (buffer (find-file (getenv "ANNOTD_E2E_FILE"))))
        (set-buffer buffer)
        (e2e-check (eq major-mode 'text-mode) "the seed opens in text-mode" major-mode)
        (let ((server (e2e-wait 10 (lambda () (and eglot--managed-mode (eglot-current-server))))))
          (when (e2e-check server "eglot manages the buffer with annotd (annotd-eglot-setup)")
            (e2e-check (equal (plist-get (eglot--server-info server) :name) "annotd")
                       "the server is annotd" (eglot--server-info server))
            (let ((root (directory-file-name (expand-file-name (project-root (eglot--project server))))))
              (e2e-check (equal root (directory-file-name (expand-file-name (getenv "ANNOTD_E2E_WS"))))
                         "workspace folder is the seeds folder" root))
            (cl-flet ((find (code)
                        (cl-find-if
                         (lambda (d)
                           (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                             (and (equal (plist-get lsp :code) code)
                                  (equal (plist-get lsp :source) "annotd")
                                  (= (line-number-at-pos (flymake-diagnostic-beg d)) (1+ line0))
                                  (equal (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                                                         (flymake-diagnostic-end d))
                                         text))))
                         (flymake-diagnostics))))
              (let ((d (e2e-wait 15 (lambda () (find "unsourced-figure")))))
                (e2e-check d (format "Flymake shows unsourced-figure \"%s\" at line %d" text (1+ line0))
                           (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
                (when d
                  (let ((received (plist-get (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :range) :start))
                        (col (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))))
                    (e2e-check (and (equal (plist-get received :character) char0) (= col char0))
                               (format "diagnostic at 0-based column %d (UTF-16)" char0)
                               (format "received %S, buffer column %d" received col)))
                  (e2e-check (and (equal (plist-get figure :severity) "error")
                                  (eq (flymake-diagnostic-type d) 'eglot-error))
                             "diagnostic severity is error, as `annotd-settings' asks"
                             (flymake-diagnostic-type d))
                  (e2e-check (string-match-p (regexp-quote text) (flymake-diagnostic-text d))
                             "diagnostic message names the figure" (flymake-diagnostic-text d))))
              (when conflict
                (e2e-check (e2e-wait 5 (lambda () (find "conflicting-figure")))
                           "Flymake shows conflicting-figure against an unopened workspace file")))
            ;; Hover, as eldoc asks it: point on the figure, params made by eglot.
            (goto-char (point-min))
            (forward-line line0)
            (forward-char (+ char0 2))
            (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)
                                           :timeout 5))
                   (info (and hover (eglot--hover-info (plist-get hover :contents) (plist-get hover :range)))))
              (e2e-check (and info (string-match-p (regexp-quote text) info))
                         "hover on the figure shows it" info))
            ;; Inlay hints (eglot 1.9 does not draw them; the request goes through eglot's connection).
            (let* ((hints (jsonrpc-request server :textDocument/inlayHint
                                           (list :textDocument (eglot--TextDocumentIdentifier)
                                                 :range (list :start (list :line line0 :character 0)
                                                              :end (list :line (1+ line0) :character 0)))
                                           :timeout 5))
                   (labels (mapcar (lambda (h) (plist-get h :label)) hints)))
              (e2e-check (member "≈6.0M · unsourced" labels)
                         "inlay hint \"≈6.0M · unsourced\" after the figure" labels))
            ;; Code actions as eglot asks for them at point (with Flymake's diagnostics), the preferred fix
            ;; applied by eglot itself, which also checks the edit's document version against the buffer's.
            (let* ((actions (eglot-code-actions (point) (point)))
                   (fix (cl-find-if (lambda (a) (and (plist-get a :isPreferred)
                                                     (string-match-p "citation needed" (plist-get a :title))))
                                    actions)))
              (when (e2e-check fix "eglot-code-actions offers the \"[citation needed]\" quick fix"
                               (mapcar (lambda (a) (plist-get a :title)) actions))
                (eglot--apply-workspace-edit (plist-get fix :edit))
                (let ((after (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
                  (e2e-check (string-match-p (concat (regexp-quote text) "[^.]*\\[citation needed\\]\\.") after)
                             "applying it puts the placeholder in the sentence" after))))
            (let ((process (jsonrpc--process server)))
              (eglot-shutdown server nil 5)
              (e2e-check (e2e-wait 5 (lambda () (not (process-live-p process))))
                         "annotd exits on eglot-shutdown"))))))))

(condition-case err
    (e2e-run)
  (error (e2e-check nil "test script error" (error-message-string err))))
(e2e-finish)
