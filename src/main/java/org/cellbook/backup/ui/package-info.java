@NullMarked
package org.cellbook.backup.ui;

import org.jspecify.annotations.NullMarked;
