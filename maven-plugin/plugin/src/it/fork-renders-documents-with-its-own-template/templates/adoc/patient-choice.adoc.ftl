= Local choice sheet: ${pack.manifest.shortTitle}

Ask the North Loamshire booking team which services you can choose from.
