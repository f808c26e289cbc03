import { useId, useState, type ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

export type MenuButtonItem = { key: string; label: ReactNode; onSelect: () => void; divider?: boolean };

export type MenuButtonProps = {
  label: ReactNode;
  items: MenuButtonItem[];
  startIcon?: ReactNode;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
};

export function MenuButton({ label, items, startIcon, disabled, variant = 'text' }: MenuButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  return (
    <>
      <Button
        size="small"
        variant={variant}
        startIcon={startIcon}
        disabled={disabled}
        aria-haspopup="menu"
        aria-controls={anchor ? id : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {label}
      </Button>
      <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {items.flatMap((item) => [
          item.divider ? <Divider key={`${item.key}-divider`} /> : null,
          <MenuItem
            key={item.key}
            onClick={() => {
              setAnchor(null);
              item.onSelect();
            }}
          >
            {item.label}
          </MenuItem>,
        ])}
      </Menu>
    </>
  );
}
