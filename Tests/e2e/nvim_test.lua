-- Runs inside headless Neovim after the seed file was opened: asserts on what Neovim itself received from
-- annotd (its diagnostics and a hover) and writes "ok …"/"FAIL …" lines to $ANNOTD_E2E_RESULTS.
local results = {}
local function check(pass, what, detail)
  local line = (pass and 'ok ' or 'FAIL ') .. 'nvim: ' .. what
  if not pass and detail then line = line .. ' (' .. detail .. ')' end
  table.insert(results, line)
end

local function finish()
  local f = assert(io.open(os.getenv('ANNOTD_E2E_RESULTS'), 'w'))
  f:write(table.concat(results, '\n'), '\n')
  f:close()
  vim.cmd('qall!')
end

local function read(path)
  local f = assert(io.open(path, 'r'))
  local s = f:read('*a')
  f:close()
  return s
end

local ok, err = pcall(function()
  local seed = vim.fn.fnamemodify(os.getenv('ANNOTD_E2E_FILE'), ':t')
  local expected
  for _, file in ipairs(vim.json.decode(read(os.getenv('ANNOTD_E2E_EXPECTED'))).files) do
    if file.path:sub(-#seed) == seed then expected = file.diagnostics end
  end
  local figure, conflict
  for _, d in ipairs(expected or {}) do
    if not figure and d.code == 'unsourced-figure' and d.data.figure.text:find('6 million', 1, true) then figure = d end
  end
  for _, d in ipairs(expected or {}) do
    if not conflict and figure and d.code == 'conflicting-figure' and d.range.start.line == figure.range.start.line then
      conflict = d
    end
  end
  check(figure ~= nil, 'annotd lint reports the "6 million" unsourced figure in ' .. seed)
  if not figure then return end
  local line0 = figure.range.start.line
  local text = figure.data.figure.text

  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'text', 'the seed opens as filetype text', vim.bo[bufnr].filetype)
  local attached = vim.wait(10000, function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end, 20)
  local client = attached and select(2, next(vim.lsp.buf_get_clients(bufnr)))
  check(client and client.name == 'annotd', 'annotd attached to the buffer by the editors/neovim module')
  if not client then return end
  local root = client.config.root_dir
  check(root == os.getenv('ANNOTD_E2E_WS'), 'workspace folder is the seeds folder', tostring(root))

  local function find(code)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == code and d.lnum == line0 and d.source == 'annotd' then
        local ltext = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
        if ltext:sub(d.col + 1, d.end_col) == text then return d end
      end
    end
  end
  local got = vim.wait(15000, function() return find('unsourced-figure') ~= nil end, 20)
  local d = find('unsourced-figure')
  local all = {}
  for _, x in ipairs(vim.diagnostic.get(bufnr)) do table.insert(all, string.format('%s@%d:%d', tostring(x.code), x.lnum, x.col)) end
  check(got, string.format('received unsourced-figure "%s" at line %d', text, line0 + 1), table.concat(all, ' '))
  if d then
    local ltext = vim.api.nvim_buf_get_lines(bufnr, line0, line0 + 1, false)[1]
    local want_col = vim.str_byteindex(ltext, figure.range.start.character, true)
    check(d.col == want_col, string.format('diagnostic at 0-based column %d (UTF-16)', figure.range.start.character),
      string.format('byte column %d, expected %d', d.col, want_col))
    local severity = vim.diagnostic.severity[figure.severity:upper()]
    check(figure.severity == 'error' and d.severity == severity,
      'diagnostic severity is error, as the settings passed by setup() ask', tostring(d.severity))
    check(d.message:find(text, 1, true) ~= nil, 'diagnostic message names the figure', d.message)
  end
  if conflict then
    local c = vim.wait(5000, function() return find('conflicting-figure') ~= nil end, 20)
    check(c, 'received conflicting-figure against an unopened workspace file')
  end

  -- Hover, as K would ask it: cursor on the figure, position params made by Neovim.
  local ltext = vim.api.nvim_buf_get_lines(bufnr, line0, line0 + 1, false)[1]
  vim.api.nvim_win_set_cursor(0, { line0 + 1, vim.str_byteindex(ltext, figure.range.start.character, true) + 2 })
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}
  local hover = ''
  for _, r in pairs(responses) do
    if r.result and r.result.contents then
      local lines = vim.lsp.util.convert_input_to_markdown_lines(r.result.contents)
      hover = hover .. table.concat(lines, '\n')
    end
  end
  check(hover:find(text, 1, true) ~= nil, 'hover on the figure shows it', hover == '' and 'no hover' or hover)

  -- Inlay hints (Neovim 0.7 does not draw them, but the request reaches the server through Neovim).
  local hint_params = { textDocument = params.textDocument,
    range = { start = { line = line0, character = 0 }, ['end'] = { line = line0 + 1, character = 0 } } }
  local labels = {}
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/inlayHint', hint_params, 5000) or {}) do
    for _, h in ipairs(r.result or {}) do table.insert(labels, h.label) end
  end
  check(vim.tbl_contains(labels, '≈6.0M · unsourced'), 'inlay hint "≈6.0M · unsourced" after the figure',
    table.concat(labels, ' | '))

  -- Code action at the figure, applied the way vim.lsp.buf.code_action would apply it.
  local action_params = vim.lsp.util.make_range_params()
  action_params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local fix
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', action_params, 5000) or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.isPreferred and a.edit and a.title:find('citation needed', 1, true) then fix = a end
    end
  end
  check(fix ~= nil, 'code action offers the "[citation needed]" quick fix')
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
    local after = vim.api.nvim_buf_get_lines(bufnr, line0, line0 + 1, false)[1]
    check(after:find(text .. '[^.]*%[citation needed%]%.') ~= nil, 'applying it puts the placeholder in the sentence', after)
  end

  vim.lsp.stop_client(client.id)
  check(vim.wait(5000, function() return client.is_stopped() end, 20), 'annotd exits on vim.lsp.stop_client')
end)
if not ok then check(false, 'test script error', tostring(err)) end
finish()
