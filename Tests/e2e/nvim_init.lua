-- A user's init.lua as editors/README.md tells it: the project's module on the runtimepath, then setup().
vim.opt.runtimepath:prepend(os.getenv('ANNOTD_E2E_ROOT') .. '/editors/neovim')
require('annotd').setup({ settings = { rules = { ['unsourced-figure'] = 'error' } } })
