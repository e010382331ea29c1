;;; emacs_lsp_test.el --- drives lsp-mode in batch Emacs against annotd  -*- lexical-binding: t; -*-
;; Loaded after emacs_lsp_init.el: opens the seed, then asserts that the settings given in
;; `annotd-settings' reach the server (lsp-mode's own workspace/configuration answer, and the severity of
;; the diagnostics lsp-mode receives). Writes "ok …"/"FAIL …" lines to $ANNOTD_E2E_RESULTS.

(require 'cl-lib)
(require 'subr-x)

(defvar e2e-results nil)

(defun e2e-check (pass what &optional detail)
  (push (concat (if pass "ok " "FAIL ") "emacs lsp-mode: " what
                (if (and (not pass) detail) (format " (%s)" detail) ""))
        e2e-results)
  pass)

(defun e2e-wait (seconds pred)
  "Run the event loop until PRED holds or SECONDS pass; PRED's last value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.02))
    value))

(defun e2e-finish ()
  (with-temp-file (getenv "ANNOTD_E2E_RESULTS")
    (insert (mapconcat #'identity (reverse e2e-results) "\n") "\n"))
  (kill-emacs 0))

(defun e2e-diagnostic (code)
  "The diagnostic of CODE lsp-mode holds for the current file on the \"6 million\" figure."
  (cl-find-if (lambda (d)
                (and (equal (lsp:diagnostic-code? d) code)
                     (string-match-p "6 million" (lsp:diagnostic-message d))))
              (gethash (lsp--fix-path-casing (buffer-file-name)) (lsp-diagnostics t))))

(defun e2e-run ()
  (let ((answer (lsp--build-workspace-configuration-response
                 (lsp-make-configuration-params
                  :items (vector (lsp-make-configuration-item :section "annotd"))))))
    (e2e-check (equal (json-serialize answer) "[{\"rules\":{\"unsourced-figure\":\"error\"}}]")
               "workspace/configuration \"annotd\" is answered from annotd-settings"
               (json-serialize answer)))
  (set-buffer (find-file (getenv "ANNOTD_E2E_FILE")))
  ;; lsp-deferred waits for the buffer to be shown, which batch Emacs may never do.
  (unless (e2e-wait 3 #'lsp-workspaces) (lsp))
  (let ((workspace (e2e-wait 10 (lambda () (car (lsp-workspaces))))))
    (when (e2e-check workspace "lsp-mode starts annotd in the seed's buffer (annotd-lsp-setup)")
      (e2e-check (eq (lsp--client-server-id (lsp--workspace-client workspace)) 'annotd) "the client is annotd")
      (let ((d (e2e-wait 20 (lambda () (e2e-diagnostic "unsourced-figure")))))
        (when (e2e-check d "lsp-mode receives unsourced-figure on the \"6 million\" figure")
          (e2e-check (eql (lsp:diagnostic-severity? d) 1)
                     "its severity is error, as annotd-settings asks" (lsp:diagnostic-severity? d))))
      ;; After the server has asked for the configuration and had its answer, the rule is still an error.
      (e2e-wait 1 #'ignore)
      (lsp-request "textDocument/hover" (lsp--text-document-position-params))
      (let ((d (e2e-diagnostic "unsourced-figure")))
        (e2e-check (and d (eql (lsp:diagnostic-severity? d) 1))
                   "still error once workspace/configuration was answered" (and d (lsp:diagnostic-severity? d))))
      (lsp-workspace-shutdown workspace)
      ;; Let the server's process end before Emacs does: Emacs exiting while lsp-mode still writes to the
      ;; pipe was killed by SIGPIPE (exit status 141) once in CI.
      (e2e-wait 5 (lambda () (not (process-live-p (lsp--workspace-proc workspace))))))))

(condition-case err
    (e2e-run)
  (error (e2e-check nil "test script error" (error-message-string err))))
(e2e-finish)
