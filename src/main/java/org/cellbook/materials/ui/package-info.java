@NullMarked
package org.cellbook.materials.ui;

import org.jspecify.annotations.NullMarked;
