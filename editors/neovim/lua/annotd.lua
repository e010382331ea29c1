-- annotd for Neovim: attaches the annotd language server to plain text and Markdown buffers.
--
--   require('annotd').setup()                          -- defaults
--   require('annotd').setup({ settings = { rules = { ['named-actor'] = 'off' } } })
--
-- Works on Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client), 0.8-0.10 (vim.lsp.start)
-- and 0.11+ (vim.lsp.config + vim.lsp.enable). See editors/README.md.
local M = {}

M.defaults = {
  cmd = { 'annotd', '--stdio' },
  filetypes = { 'text', 'markdown' },
  -- The workspace is the nearest folder holding one of these; annotd indexes every text file in it, so
  -- figures that conflict with other files of the collection are reported. Without a marker the file's own
  -- folder is used, except the home folder and / (then annotd sees the open files only).
  root_markers = { '.annotd.json', '.git' },
  -- The `annotd` settings of SPEC §7 (include, exclude, rules, conflictTolerance, actors, sourceCues,
  -- vagueCues, maxFileBytes). Sent as initializationOptions and answered to workspace/configuration.
  settings = nil,
  on_attach = nil,
  capabilities = nil,
}

local function is_dir(path)
  local stat = vim.loop.fs_stat(path)
  return stat ~= nil and stat.type == 'directory'
end

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

--- The workspace folder for a buffer, or nil when annotd should see only the open files.
function M.root_dir(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or name:match('^%a[%w+.-]*://') then return nil end
  local dir = vim.fn.fnamemodify(name, ':p:h')
  local current = dir
  while current and current ~= '' do
    for _, marker in ipairs(markers) do
      if exists(current .. '/' .. marker) then return current end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then break end
    current = parent
  end
  local home = vim.loop.os_homedir()
  if dir == '/' or (home and vim.fn.fnamemodify(home, ':p:h') == dir) or not is_dir(dir) then return nil end
  return dir
end

local function client_config(opts, root)
  local settings = opts.settings or vim.empty_dict()
  return {
    name = 'annotd',
    cmd = opts.cmd,
    root_dir = root,
    init_options = { annotd = settings },
    settings = { annotd = settings },
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
end

local function matches(opts, bufnr)
  if vim.api.nvim_buf_get_option(bufnr, 'buftype') ~= '' then return false end
  local ft = vim.api.nvim_buf_get_option(bufnr, 'filetype')
  return vim.tbl_contains(opts.filetypes, ft)
end

-- Neovim 0.7: one client per workspace folder, started by hand and attached to each buffer.
local clients_by_root = {}

local function attach_07(opts, bufnr)
  local root = M.root_dir(bufnr, opts.root_markers)
  local key = root or ''
  local id = clients_by_root[key]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.client_is_stopped(id) then
    local config = client_config(opts, root)
    local on_exit = config.on_exit
    config.on_exit = function(...)
      if clients_by_root[key] == id then clients_by_root[key] = nil end
      if on_exit then on_exit(...) end
    end
    id = vim.lsp.start_client(config)
    if not id then return nil end
    clients_by_root[key] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- Neovim 0.8-0.10: vim.lsp.start reuses a running client with the same name and root. It attaches the
-- current buffer (0.8 has no bufnr option), hence nvim_buf_call.
local function attach_08(opts, bufnr)
  local root = M.root_dir(bufnr, opts.root_markers)
  local id
  vim.api.nvim_buf_call(bufnr, function()
    id = vim.lsp.start(client_config(opts, root))
  end)
  return id
end

local function attach(opts, bufnr)
  if not matches(opts, bufnr) then return end
  if vim.lsp.start then return attach_08(opts, bufnr) end
  return attach_07(opts, bufnr)
end

function M.setup(user)
  local opts = vim.tbl_deep_extend('force', {}, M.defaults, user or {})
  M.options = opts

  if vim.lsp.config and vim.lsp.enable then
    -- Neovim 0.11+: declare the server once; Neovim attaches it on the listed filetypes.
    local config = client_config(opts, nil)
    config.name = nil
    config.root_dir = function(bufnr, on_dir)
      local root = M.root_dir(bufnr, opts.root_markers)
      on_dir(root)
    end
    config.filetypes = opts.filetypes
    vim.lsp.config('annotd', config)
    vim.lsp.enable('annotd')
    return
  end

  local group = vim.api.nvim_create_augroup('annotd', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args) attach(opts, args.buf) end,
  })
  -- Buffers already open when setup() runs (e.g. `nvim notes.txt` with setup in a plugin file).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then attach(opts, bufnr) end
  end
end

return M
